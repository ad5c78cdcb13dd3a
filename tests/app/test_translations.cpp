// Translation completeness: nothing a Swedish user sees is left in English.
// 1. Every message of resources/i18n/lagesbild_sv.ts has a finished, non-empty translation.
// 2. Every CLI command's --help under Swedish differs from the English help on every line that
//    carries words (a line equal in both languages was never translated).
// 3. The main window with its docks, built once in English (no translator) and once with the
//    app's Swedish translations loaded: every label, button, action, dock title, tab, group box,
//    combo box item, placeholder and tooltip that is the same in both is untranslated, unless
//    it is data (a source or area name from the store) or a name that is the same in both.
// Also: Qt's own strings are Swedish (dialog buttons "Spara"/"Avbryt", the file dialog).
#include "analysis/analysispane.h"
#include "analysis/comparisontab.h"
#include "demo/demostorewriter.h"
#include "desktop/filterpanel.h"
#include "desktop/mainwindow.h"
#include "interventions/interventionsdock.h"
#include "interventions/interventionspanel.h"
#include "qgis/qgisruntime.h"
#include "session/storesession.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDomDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <map>
#include <memory>

using namespace lagesbild;

namespace
{
QString runCli(const QStringList &arguments, const QString &language)
{
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("LAGESBILD_LANG"), language);
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(LAGESBILD_BINARY_DIR "/bin/lagesbild-cli"), arguments);
  REQUIRE(process.waitForFinished(120000));
  return QString::fromUtf8(process.readAllStandardOutput());
}

//! Words left when option names (--out, -h), value names (<FROM..TO>, STORE, FILE.pdf) and
//! program names are taken out: what a translator should have translated.
QString wordsOf(QString line)
{
  line.remove(QRegularExpression(QStringLiteral("--?[a-z][a-z0-9-]*")));
  line.remove(QRegularExpression(QStringLiteral("<[^>]*>|\\[[^\\]]*\\]")));
  line.remove(QRegularExpression(QStringLiteral("\\b[A-Z][A-Z0-9_.]+\\b")));
  line.remove(QRegularExpression(QStringLiteral("lagesbild-cli|Lägesbild|[a-z]+\\|[a-z|]+")));
  return line.trimmed();
}

bool hasWords(const QString &text)
{
  return text.contains(QRegularExpression(QStringLiteral("[A-Za-zåäöÅÄÖ]{3,}")));
}

//! "path → text" of everything visible a widget tree says, in creation order.
void collect(QObject *object, const QString &path, std::map<QString, QString> &texts)
{
  auto add = [&texts, &path](const QString &what, const QString &text)
  {
    if (!text.trimmed().isEmpty())
      texts[path + QLatin1Char('/') + what] = text;
  };
  if (auto *widget = qobject_cast<QWidget *>(object))
    add(QStringLiteral("toolTip"), widget->toolTip());
  if (auto *label = qobject_cast<QLabel *>(object))
    add(QStringLiteral("text"), label->text());
  if (auto *button = qobject_cast<QAbstractButton *>(object))
    add(QStringLiteral("text"), button->text());
  if (auto *group = qobject_cast<QGroupBox *>(object))
    add(QStringLiteral("title"), group->title());
  if (auto *dock = qobject_cast<QDockWidget *>(object))
    add(QStringLiteral("title"), dock->windowTitle());
  if (auto *edit = qobject_cast<QLineEdit *>(object))
    add(QStringLiteral("placeholder"), edit->placeholderText());
  if (auto *tabs = qobject_cast<QTabWidget *>(object))
    for (int index = 0; index < tabs->count(); ++index)
      add(QStringLiteral("tab%1").arg(index), tabs->tabText(index));
  if (auto *combo = qobject_cast<QComboBox *>(object))
    for (int index = 0; index < combo->count(); ++index)
      add(QStringLiteral("item%1").arg(index), combo->itemText(index));
  if (auto *tree = qobject_cast<QTreeWidget *>(object))
    for (int index = 0; index < tree->topLevelItemCount(); ++index)
      add(QStringLiteral("top%1").arg(index), tree->topLevelItem(index)->text(0));
  if (auto *action = qobject_cast<QAction *>(object))
  {
    add(QStringLiteral("text"), action->text());
    if (action->toolTip() != action->text() && action->toolTip() != QString(action->text()).remove(QLatin1Char('&')))
      add(QStringLiteral("toolTip"), action->toolTip());
  }
  QMap<QString, int> seen;
  for (QObject *child : object->children())
  {
    const QString kind = QString::fromLatin1(child->metaObject()->className());
    const QString name = child->objectName().isEmpty() ? kind : child->objectName();
    collect(child, path + QLatin1Char('/') + name + QLatin1Char('#') + QString::number(seen[name]++), texts);
  }
}

struct Window
{
    MainWindow window;
    AnalysisPane *pane = nullptr;
    std::map<QString, QString> texts;

    explicit Window(const QString &store)
    {
      auto *analysisDock = new QDockWidget(QCoreApplication::translate("main", "Analysis"), &window);
      analysisDock->setObjectName(QStringLiteral("analysisDock"));
      pane = new AnalysisPane(window.session(), window.filterPanel(), analysisDock);
      analysisDock->setWidget(pane);
      window.addDockWidget(Qt::RightDockWidgetArea, analysisDock);
      InterventionsDock::addTo(window);
      window.resize(1366, 768);
      window.show();
      REQUIRE(window.openStore(store));
      // The filter panel tells the pane after its debounce; the texts are those of a computed pane.
      QElapsedTimer waited;
      waited.start();
      while (!pane->comparisonTab()->result() && waited.elapsed() < 10000)
        QTest::qWait(20);
      REQUIRE(pane->comparisonTab()->result());
      collect(&window, QStringLiteral("window"), texts);
    }
};
} // namespace

TEST_CASE("Every message in lagesbild_sv.ts has a finished Swedish translation", "[translations]")
{
  QFile file(QStringLiteral(LAGESBILD_SOURCE_DIR "/resources/i18n/lagesbild_sv.ts"));
  REQUIRE(file.open(QIODevice::ReadOnly));
  QDomDocument document;
  REQUIRE(document.setContent(&file));
  const QDomNodeList messages = document.elementsByTagName(QStringLiteral("message"));
  REQUIRE(messages.size() > 500);
  QStringList missing;
  for (int index = 0; index < messages.size(); ++index)
  {
    const QDomElement message = messages.at(index).toElement();
    const QString source = message.firstChildElement(QStringLiteral("source")).text();
    const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
    const QString type = translation.attribute(QStringLiteral("type"));
    if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
      continue;
    bool empty = translation.text().trimmed().isEmpty();
    const QDomNodeList forms = translation.elementsByTagName(QStringLiteral("numerusform"));
    if (!forms.isEmpty())
    {
      empty = false;
      for (int form = 0; form < forms.size(); ++form)
        empty = empty || forms.at(form).toElement().text().trimmed().isEmpty();
    }
    if (translation.isNull() || type == QLatin1String("unfinished") || empty)
      missing << source;
  }
  INFO(missing.join(QStringLiteral("\n")).toStdString());
  CHECK(missing.isEmpty());
}

TEST_CASE("Every CLI command's help is Swedish under Swedish", "[translations][cli]")
{
  const QString overviewSv = runCli({QStringLiteral("--help")}, QStringLiteral("sv"));
  const QString overviewEn = runCli({QStringLiteral("--help")}, QStringLiteral("en"));
  QStringList commands;
  for (const QString &line : overviewEn.split(QLatin1Char('\n')))
  {
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^  ([a-z]+) ")).match(line);
    if (match.hasMatch())
      commands << match.captured(1);
  }
  REQUIRE(commands.size() >= 9);
  QStringList untranslated;
  auto compare = [&untranslated](const QString &what, const QString &sv, const QString &en)
  {
    const QStringList svLines = sv.split(QLatin1Char('\n'));
    const QStringList enLines = en.split(QLatin1Char('\n'));
    CHECK(svLines.size() == enLines.size());
    const QSet<QString> english(enLines.begin(), enLines.end());
    for (const QString &line : svLines)
    {
      if (english.contains(line) && hasWords(wordsOf(line)))
        untranslated << what + QStringLiteral(": ") + line;
    }
  };
  compare(QStringLiteral("--help"), overviewSv, overviewEn);
  for (const QString &command : commands)
  {
    const QString sv = runCli({command, QStringLiteral("--help")}, QStringLiteral("sv"));
    const QString en = runCli({command, QStringLiteral("--help")}, QStringLiteral("en"));
    CHECK(sv.contains(QStringLiteral("Användning: lagesbild-cli ") + command));
    CHECK(sv.contains(QStringLiteral("Alternativ:")));
    compare(command + QStringLiteral(" --help"), sv, en);
  }
  INFO(untranslated.join(QStringLiteral("\n")).toStdString());
  CHECK(untranslated.isEmpty());
}

TEST_CASE("The main window and its docks show no English under Swedish", "[translations][ui]")
{
  QTemporaryDir dir;
  const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
  REQUIRE(demo::DemoStoreWriter::write(store, demo::DemoOptions{}).ok());

  // First in English: the test runner loads no translation.
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
  auto english = std::make_unique<Window>(store);
  qputenv("LAGESBILD_LANG", "sv");
  REQUIRE(QgisRuntime::installTranslations() == QStringLiteral("sv"));
  auto swedish = std::make_unique<Window>(store);

  // Data and names that are the same in both languages.
  // Language names are each in their own language; "Period", "Filter" and "hot spots" are Swedish too.
  QSet<QString> allowed = {QStringLiteral("OK"),     QStringLiteral("Gi*"),     QStringLiteral("A"),
                           QStringLiteral("B"),      QStringLiteral("Svenska"), QStringLiteral("English"),
                           QStringLiteral("Period"), QStringLiteral("Filter"),  QStringLiteral("Hot spots")};
  for (const Source &source : swedish->window.session()->sources())
    allowed << source.name;
  for (const Area &area : swedish->window.session()->areas())
    allowed << area.name;
  QStringList untranslated;
  int compared = 0;
  for (const auto &[path, text] : swedish->texts)
  {
    const auto found = english->texts.find(path);
    if (found == english->texts.end())
      continue;
    ++compared;
    QString words = text;
    words.remove(QRegularExpression(QStringLiteral("<[^>]*>"))).remove(QLatin1Char('&'));
    for (const QString &name : allowed)
      words.remove(name);
    if (found->second == text && hasWords(words))
      untranslated << path + QStringLiteral(": ") + text;
  }
  INFO(untranslated.join(QStringLiteral("\n")).toStdString());
  CHECK(compared > 100);
  CHECK(untranslated.isEmpty());

  // The window names the store's municipality.
  CHECK(swedish->window.windowTitle().contains(QStringLiteral("Kungsör (1960)")));

  // The headline of the analysis pane is Swedish.
  auto *pane = swedish->window.findChild<AnalysisPane *>();
  REQUIRE(pane);
  const QString sentence = pane->comparisonTab()->sentence();
  INFO(sentence.toStdString());
  CHECK_FALSE(sentence.contains(QStringLiteral("Decrease")));
  CHECK_FALSE(sentence.contains(QStringLiteral("Increase")));
  CHECK_FALSE(sentence.contains(QStringLiteral("statistically")));
  CHECK((sentence.contains(QStringLiteral("Minskning")) || sentence.contains(QStringLiteral("Ökning"))));

  // Qt's own strings: the standard dialog buttons are Swedish.
  QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
  CHECK(buttons.button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')) == QStringLiteral("Spara"));
  CHECK(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Avbryt"));
  CHECK(QCoreApplication::translate("QFileDialog", "Look in:") != QStringLiteral("Look in:"));
  CHECK(QCoreApplication::translate("QFileDialog", "File &name:") != QStringLiteral("File &name:"));
  swedish.reset();
  english.reset();
}
