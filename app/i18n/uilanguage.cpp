#include "uilanguage.h"

#include "contextfallbacktranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStringList>
#include <QTranslator>

namespace lagesbild
{

QString UiLanguage::install()
{
  QString language = QSettings().value(QStringLiteral("ui/language")).toString();
  if (!qEnvironmentVariableIsEmpty("LAGESBILD_LANG"))
    language = qEnvironmentVariable("LAGESBILD_LANG");
  if (language.isEmpty())
  {
    // Swedish by default; English only when the system asks for English explicitly.
    const QLocale system = QLocale::system();
    language = system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("sv");
  }
  if (language.startsWith(QLatin1String("en")))
  {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return QStringLiteral("en");
  }
  // Swedish dates, weekday names and numbers (space as thousands separator, decimal comma).
  QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));

  const QStringList folders = {QCoreApplication::applicationDirPath() + QStringLiteral("/../i18n"),
                               QCoreApplication::applicationDirPath() + QStringLiteral("/i18n"), QStringLiteral(LAGESBILD_I18N_DIR)};
  auto *translator = new ContextFallbackTranslator(QCoreApplication::instance());
  for (const QString &folder : folders)
  {
    if (translator->load(QStringLiteral("lagesbild_sv"), folder))
    {
      QCoreApplication::installTranslator(translator);
      break;
    }
  }
  // Qt's own strings (dialog buttons "Spara"/"Avbryt", the file dialog, the command-line parser):
  // Qt 6 and newer Qt 5 languages ship qtbase_sv.qm; Debian's Qt 5.15 ships Swedish as qt_sv.qm
  // (package qttranslations5-l10n, installed by tools/install-deps.sh).
  const QString qtFolder = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
  for (const QString &name : {QStringLiteral("qtbase_sv"), QStringLiteral("qt_sv")})
  {
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(name, qtFolder))
    {
      QCoreApplication::installTranslator(qtTranslator);
      break;
    }
    delete qtTranslator;
  }
  return QStringLiteral("sv");
}

} // namespace lagesbild
