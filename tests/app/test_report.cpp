// Printed reports: each template generated headless on the Kungsör demo store, checked with
// poppler (pdftotext for the text and figures, pdfinfo for page size and count, pdffonts for
// embedded fonts, pdftoppm for a rendered page whose map area must not be blank).
#include <catch2/catch.hpp>

#include "demo/demofigures.h"
#include "demo/demostorewriter.h"
#include "print/reportwriter.h"

#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>

#include <QDir>
#include <QDomDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace lagesbild;

namespace
{
//! The demo store, written once per test process.
const QString &demoStore()
{
  static QTemporaryDir directory;
  static const QString path = []
  {
    const QString storePath = directory.filePath(QStringLiteral("kungsor.gpkg"));
    const auto summary = demo::DemoStoreWriter::write(storePath, demo::DemoOptions{});
    REQUIRE(summary);
    return storePath;
  }();
  return path;
}

QString run(const QString &program, const QStringList &arguments)
{
  QProcess process;
  process.start(program, arguments);
  REQUIRE(process.waitForFinished(60000));
  REQUIRE(process.exitCode() == 0);
  return QString::fromUtf8(process.readAllStandardOutput());
}

//! pdftotext with ligatures ("ﬂ") split (compatibility normalisation, which leaves å ä ö and −
//! alone) and runs of white space (also no-break spaces) made single spaces.
QString pdfText(const QString &pdf)
{
  return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).normalized(QString::NormalizationForm_KC).simplified();
}

QString pdfInfo(const QString &pdf, const QString &key)
{
  const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(key), QRegularExpression::MultilineOption);
  return line.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).trimmed();
}

//! Standard deviation of the grey level in a rectangle given as fractions of the image.
double greyDeviation(const QImage &image, double left, double top, double right, double bottom)
{
  double sum = 0.0;
  double squares = 0.0;
  int n = 0;
  for (int y = static_cast<int>(top * image.height()); y < static_cast<int>(bottom * image.height()); ++y)
  {
    for (int x = static_cast<int>(left * image.width()); x < static_cast<int>(right * image.width()); ++x)
    {
      const double grey = qGray(image.pixel(x, y));
      sum += grey;
      squares += grey * grey;
      ++n;
    }
  }
  const double mean = sum / n;
  return std::sqrt(std::max(0.0, squares / n - mean * mean));
}

//! Keeps a copy of a test's PDF in the temporary folder for a person to look at.
void keepCopy(const QString &pdf, const QString &name)
{
  const QString copy = QDir::temp().filePath(name);
  QFile::remove(copy);
  QFile::copy(pdf, copy);
}

QImage renderPage(const QString &pdf, int page, const QString &directory)
{
  const QString prefix = directory + QStringLiteral("/page");
  run(QStringLiteral("pdftoppm"),
      {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), QStringLiteral("-f"), QString::number(page),
       QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
  QImage image(prefix + QStringLiteral(".png"));
  REQUIRE(!image.isNull());
  return image;
}

ReportOptions crimeOptions(ReportTemplate layoutTemplate, const QString &out)
{
  ReportOptions options;
  options.storePath = demoStore();
  options.period = demo::DemoFigures::crimePeriod2021();
  options.compareTo = demo::DemoFigures::crimePeriod2020();
  options.filter.kind = IncidentKind::Crime;
  options.layoutTemplate = layoutTemplate;
  options.title = QStringLiteral("Lägesbild Kungsör – brott år 2021");
  options.comment = QStringLiteral("Färre skadegörelser vid Södra Ringvägen; fortsätt nattvandringarna.");
  options.outputPath = out;
  return options;
}

void requireFontsEmbedded(const QString &pdf)
{
  const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  REQUIRE(lines.size() > 2); // header, rule, at least one font
  for (const QString &line : lines.mid(2))
  {
    INFO(line.toStdString());
    // Columns: name type encoding emb sub uni object ID; "emb" is the fourth field from the end.
    const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    REQUIRE(fields.size() >= 7);
    CHECK(fields.at(fields.size() - 5) == QLatin1String("yes"));
  }
}
} // namespace

TEST_CASE("The lägesbild report on the demo store: figures, pages, fonts and a drawn map", "[report]")
{
  QTemporaryDir directory;
  const QString pdf = directory.filePath(QStringLiteral("lagesbild.pdf"));
  ReportOptions options = crimeOptions(ReportTemplate::Report, pdf);
  demoStore();

  QElapsedTimer timer;
  timer.start();
  const auto summary = ReportWriter::write(options);
  const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
  REQUIRE(summary);
  std::printf("report template on the demo store: %.2f s, %d pages, %lld incidents\n", seconds, summary->pages,
              static_cast<long long>(summary->incidents));
  CHECK(summary->pages == 3);
  CHECK(summary->incidents == demo::DemoFigures::kCrimes2021);

  CHECK(pdfInfo(pdf, QStringLiteral("Pages")) == QLatin1String("3"));
  CHECK(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QLatin1String("842 x 595 pts")));

  const QString text = pdfText(pdf);
  INFO(text.toStdString());
  CHECK(text.contains(QStringLiteral("Lägesbild Kungsör – brott år 2021")));
  CHECK(text.contains(QStringLiteral("1 januari–12 december 2021")));
  CHECK(text.contains(QStringLiteral("1 januari–12 december 2020")));
  CHECK(text.contains(QStringLiteral("Förändring: −94 (−12,0 %)")));
  CHECK(text.contains(QStringLiteral("783")));
  CHECK(text.contains(QStringLiteral("689")));
  CHECK((text.contains(QStringLiteral("statistiskt säkerställd")) || text.contains(QStringLiteral("kan vara slump"))));
  CHECK(text.contains(QStringLiteral("Teckenförklaring")));
  CHECK(text.contains(QStringLiteral("Per kategori")));
  CHECK(text.contains(QStringLiteral("Timme × veckodag")));
  CHECK(text.contains(QStringLiteral("Platser med upprepade händelser")));
  CHECK(text.contains(QStringLiteral("Per månad")));
  CHECK(text.contains(QStringLiteral("fortsätt nattvandringarna")));
  CHECK(text.contains(QStringLiteral("Sida 3 av 3")));
  CHECK(text.contains(QStringLiteral("Framställd")));
  requireFontsEmbedded(pdf);

  // Page 1: the map (left ~70 % of the page below the header) is drawn, not blank.
  const QImage page1 = renderPage(pdf, 1, directory.path());
  CHECK(page1.width() > page1.height());
  CHECK(greyDeviation(page1, 0.05, 0.2, 0.6, 0.85) > 8.0);
  // Control: the blank page margin measures (close to) no variation, so the check above can fail.
  CHECK(greyDeviation(page1, 0.0, 0.0, 0.02, 0.02) < 1.0);
  // Page 3: the heat map is drawn.
  const QImage page3 = renderPage(pdf, 3, directory.path());
  CHECK(greyDeviation(page3, 0.05, 0.2, 0.7, 0.85) > 8.0);
  keepCopy(pdf, QStringLiteral("lagesbild-test-report.pdf"));
}

TEST_CASE("The A4 and A3 map sheets: one landscape page with title, period and legend entries", "[report]")
{
  QTemporaryDir directory;
  for (const auto &[layoutTemplate, size] : {std::pair{ReportTemplate::MapA4, QStringLiteral("842 x 595 pts")},
                                             std::pair{ReportTemplate::MapA3, QStringLiteral("1191 x 842 pts")}})
  {
    const QString pdf = directory.filePath(reportTemplateName(layoutTemplate) + QStringLiteral(".pdf"));
    ReportOptions options = crimeOptions(layoutTemplate, pdf);
    options.title = QStringLiteral("Anmälda brott i Kungsör");
    const auto summary = ReportWriter::write(options);
    REQUIRE(summary);
    std::printf("%s on the demo store: %.2f s\n", reportTemplateName(layoutTemplate).toUtf8().constData(), summary->seconds);
    CHECK(summary->pages == 1);
    CHECK(pdfInfo(pdf, QStringLiteral("Pages")) == QLatin1String("1"));
    CHECK(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(size));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Anmälda brott i Kungsör")));
    CHECK(text.contains(QStringLiteral("1 januari–12 december 2021")));
    CHECK(text.contains(QStringLiteral("Teckenförklaring")));
    CHECK(text.contains(QStringLiteral("Händelser")));
    CHECK(text.contains(QStringLiteral("Områden")));
    // Legend entries: category names with the period's counts, e.g. "Skadegörelse: 149".
    CHECK(text.contains(QRegularExpression(QStringLiteral("Skadegörelse: \\d+"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Rån: \\d+"))));
    CHECK(text.contains(QStringLiteral("Sida 1 av 1")));
    const QImage page = renderPage(pdf, 1, directory.path());
    CHECK(greyDeviation(page, 0.05, 0.2, 0.7, 0.85) > 8.0);
    keepCopy(pdf, QStringLiteral("lagesbild-test-%1.pdf").arg(reportTemplateName(layoutTemplate)));
  }
}

TEST_CASE("The public version draws grid counts, hides small counts and lists no addresses", "[report]")
{
  QTemporaryDir directory;
  const QString pdf = directory.filePath(QStringLiteral("public.pdf"));
  ReportOptions options = crimeOptions(ReportTemplate::Report, pdf);
  options.publicVersion = true;
  options.minimumCount = 5;
  const auto summary = ReportWriter::write(options);
  REQUIRE(summary);
  const QString text = pdfText(pdf);
  INFO(text.toStdString());
  CHECK(text.contains(QStringLiteral("offentlig version")));
  CHECK(text.contains(QStringLiteral("Händelser per ruta (250 m)")));
  CHECK(text.contains(QStringLiteral("5–9")));
  CHECK(text.contains(QStringLiteral("50 eller fler")));
  CHECK_FALSE(text.contains(QStringLiteral("Platser med upprepade händelser")));
  CHECK_FALSE(text.contains(QStringLiteral("Adress")));
  // No count from 1 to 4 is printed in the tables: they read "< 5".
  CHECK(text.contains(QStringLiteral("Förändring: −94 (−12,0 %)")));
  const QImage page = renderPage(pdf, 1, directory.path());
  CHECK(greyDeviation(page, 0.05, 0.2, 0.6, 0.85) > 8.0);
  keepCopy(pdf, QStringLiteral("lagesbild-test-public.pdf"));
}

TEST_CASE("The saved .qpt templates load in a stock QGIS layout with their items", "[report]")
{
  const QDir layouts(QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(QStringLiteral("../../resources/layouts")));
  for (const auto &[name, pages] :
       {std::pair{QStringLiteral("map-a4.qpt"), 1}, std::pair{QStringLiteral("map-a3.qpt"), 1}, std::pair{QStringLiteral("report.qpt"), 3}})
  {
    INFO(name.toStdString());
    QFile file(layouts.filePath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QDomDocument document;
    REQUIRE(document.setContent(&file));
    QgsProject project;
    QgsPrintLayout layout(&project);
    bool ok = false;
    layout.loadFromTemplate(document, QgsReadWriteContext(), true, &ok);
    REQUIRE(ok);
    CHECK(layout.pageCollection()->pageCount() == pages);
    for (const char *id : {"title", "subtitle", "map", "legend", "scalebar", "north-arrow", "source", "page-number"})
      CHECK(layout.itemById(QString::fromLatin1(id)) != nullptr);
  }
}
