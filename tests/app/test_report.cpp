// Printed reports: each template generated headless on the Kungsör demo store, checked with
// poppler (pdftotext for the text and figures, pdfinfo for page size and count, pdffonts for
// embedded fonts, pdftoppm for a rendered page whose map area must not be blank); the layouts
// come from the .qpt templates (an edited copy changes the output), follow-up pages, PNG export,
// and the near-repeat risk zones on the map sheet.
#include <catch2/catch.hpp>

#include "demo/demofigures.h"
#include "demo/demostorewriter.h"
#include "followup/interventionevaluation.h"
#include "print/reportdocument.h"
#include "print/reportlayout.h"
#include "print/reportwriter.h"
#include "store/geopackage/geopackagestore.h"

#include <qgsfeatureiterator.h>
#include <qgslayoutitem.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgsvectorlayer.h>

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

//! The text of one page.
QString pdfPageText(const QString &pdf, int page)
{
  return run(QStringLiteral("pdftotext"),
             {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")})
    .normalized(QString::NormalizationForm_KC)
    .simplified();
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
  CHECK(text.contains(QStringLiteral("Anmälda brott: −94 (−12,0 %)")));
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

TEST_CASE("Page 1 shows reported crimes and lägesbild reports side by side with the seed's figures, and the municipality", "[report]")
{
  QTemporaryDir directory;
  const QString pdf = directory.filePath(QStringLiteral("both-kinds.pdf"));
  ReportOptions options = crimeOptions(ReportTemplate::Report, pdf);
  options.filter.kind.reset(); // both kinds: never summed
  options.title.clear();       // the default title names the municipality
  options.reportsPeriod = demo::DemoFigures::reportPeriod2021();
  options.reportsCompareTo = demo::DemoFigures::reportPeriod2020();
  const auto summary = ReportWriter::write(options);
  REQUIRE(summary);
  const QString page1 = pdfPageText(pdf, 1);
  INFO(page1.toStdString());
  CHECK(page1.contains(QStringLiteral("Lägesbild Kungsörs kommun")));
  CHECK(page1.contains(QStringLiteral("kommunkod 1960")));
  // The police figure for reported crimes, and the lägesbild figure for reports, each headed with its kind.
  CHECK(page1.contains(QStringLiteral("Anmälda brott: −94 (−12,0 %)")));
  CHECK(page1.contains(QStringLiteral("Lägesrapporter: −199 (−32,1 %)")));
  CHECK(page1.contains(QStringLiteral("1 juni–30 november 2021")));
  CHECK(page1.contains(QStringLiteral("783")));
  CHECK(page1.contains(QStringLiteral("620")));
  CHECK(page1.contains(QStringLiteral("Bedömning")));
  CHECK(page1.contains(QStringLiteral("fortsätt nattvandringarna")));
  // Never silently summed: the sum of both is not on the page unless asked for.
  CHECK_FALSE(page1.contains(QStringLiteral("Summa av båda slagen")));
  // The heat-map page's legend has no English "Band 1" line.
  CHECK_FALSE(pdfText(pdf).contains(QStringLiteral("Band 1")));
  keepCopy(pdf, QStringLiteral("lagesbild-test-both-kinds.pdf"));

  SECTION("the sum only on request, labelled")
  {
    options.sumKinds = true;
    REQUIRE(ReportWriter::write(options));
    const QString summed = pdfPageText(pdf, 1);
    INFO(summed.toStdString());
    CHECK(summed.contains(QStringLiteral("Anmälda brott: −94 (−12,0 %)")));
    CHECK(summed.contains(QStringLiteral("Summa av båda slagen")));
  }
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
    // The crime "Skadegörelse" is told apart from the report category of the same name.
    CHECK(text.contains(QRegularExpression(QStringLiteral("Skadegörelse \\(anmält brott\\): \\d+"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Rån: \\d+"))));
    CHECK(text.contains(QStringLiteral("Sida 1 av 1")));
    const QImage page = renderPage(pdf, 1, directory.path());
    CHECK(greyDeviation(page, 0.05, 0.2, 0.7, 0.85) > 8.0);
    keepCopy(pdf, QStringLiteral("lagesbild-test-%1.pdf").arg(reportTemplateName(layoutTemplate)));
  }
}

TEST_CASE("The map sheet prints the near-repeat risk zones on top with the days left, never in the public version", "[report][nearrepeat]")
{
  QTemporaryDir directory;
  const QString pdf = directory.filePath(QStringLiteral("zones.pdf"));
  ReportOptions options = crimeOptions(ReportTemplate::MapA4, pdf);
  options.riskZones = {{562915.0, 6587532.0, QDate(2021, 12, 10), 5, QDate(2021, 12, 14)},
                       {563400.0, 6587900.0, QDate(2021, 12, 8), 3, QDate(2021, 12, 12)}};
  options.riskZoneRadius = 200.0;
  // The CLI cannot be told the zones: the UI exports in its own process then.
  CHECK_FALSE(reportCommandLine(options).has_value());

  const auto document = ReportDocument::prepare(options);
  REQUIRE(document.ok());
  auto *map = dynamic_cast<QgsLayoutItemMap *>((*document)->layout()->itemById(QStringLiteral("map")));
  REQUIRE(map);
  const QList<QgsMapLayer *> layers = map->layers();
  REQUIRE_FALSE(layers.isEmpty());
  auto *zones = qobject_cast<QgsVectorLayer *>(layers.first());
  REQUIRE(zones);
  CHECK(zones->name() == QStringLiteral("Riskzoner (närupprepning)"));
  CHECK(zones->featureCount() == 2);
  QgsFeature feature;
  REQUIRE(zones->getFeatures().nextFeature(feature));
  CHECK(feature.geometry().area() == Approx(3.14159 * 200.0 * 200.0).epsilon(0.05));
  CHECK(feature.attribute(QStringLiteral("days_left")).toInt() == 5);

  REQUIRE((*document)->exportPdf(pdf).ok());
  const QString text = pdfText(pdf);
  INFO(text.toStdString());
  CHECK(text.contains(QStringLiteral("Riskzoner (närupprepning)"))); // in the legend
  CHECK(text.contains(QStringLiteral("5 dagar kvar")));

  options.publicVersion = true;
  const auto publicDocument = ReportDocument::prepare(options);
  REQUIRE(publicDocument.ok());
  auto *publicMap = dynamic_cast<QgsLayoutItemMap *>((*publicDocument)->layout()->itemById(QStringLiteral("map")));
  REQUIRE(publicMap);
  for (const QgsMapLayer *layer : publicMap->layers())
    CHECK(layer->name() != QStringLiteral("Riskzoner (närupprepning)"));
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
  CHECK(text.contains(QStringLiteral("Anmälda brott: −94 (−12,0 %)")));
  const QImage page = renderPage(pdf, 1, directory.path());
  CHECK(greyDeviation(page, 0.05, 0.2, 0.6, 0.85) > 8.0);
  keepCopy(pdf, QStringLiteral("lagesbild-test-public.pdf"));
}

TEST_CASE("The .qpt templates load in a stock QGIS layout with the items the report fills in", "[report]")
{
  const QStringList common{QStringLiteral("title"),  QStringLiteral("subtitle"),   QStringLiteral("map"),
                           QStringLiteral("legend"), QStringLiteral("scalebar"),   QStringLiteral("north-arrow"),
                           QStringLiteral("source"), QStringLiteral("page-number")};
  const QStringList report{QStringLiteral("comparison-table"), QStringLiteral("comparison-change"), QStringLiteral("assessment"),
                           QStringLiteral("category-table"),   QStringLiteral("repeat-table"),      QStringLiteral("matrix-table"),
                           QStringLiteral("matrix-note"),      QStringLiteral("heatmap"),           QStringLiteral("heatmap-legend"),
                           QStringLiteral("trend-chart"),      QStringLiteral("trend-key")};
  const QStringList followUp{QStringLiteral("followup-title"),   QStringLiteral("followup-details"),
                             QStringLiteral("followup-table"),   QStringLiteral("followup-periods"),
                             QStringLiteral("followup-verdict"), QStringLiteral("followup-explanation"),
                             QStringLiteral("followup-chart"),   QStringLiteral("followup-chart-key"),
                             QStringLiteral("source"),           QStringLiteral("page-number")};
  const QDir layouts(QStringLiteral(LAGESBILD_SOURCE_DIR "/resources/layouts"));
  struct Expected
  {
      QString name;
      int pages;
      QStringList ids;
  };
  for (const Expected &expected :
       {Expected{QStringLiteral("map-a4"), 1, common}, Expected{QStringLiteral("map-a3"), 1, common},
        Expected{QStringLiteral("report"), 3, common + report}, Expected{QStringLiteral("followup"), 1, followUp}})
  {
    // The file in the source tree (what a user opens in QGIS) and the copy compiled into the program.
    for (const QString &path :
         {layouts.filePath(expected.name + QStringLiteral(".qpt")), QStringLiteral(":/lagesbild/layouts/%1.qpt").arg(expected.name)})
    {
      INFO(path.toStdString());
      const auto document = ReportLayout::readTemplate(path);
      REQUIRE(document);
      QgsProject project;
      QgsPrintLayout layout(&project);
      bool ok = false;
      layout.loadFromTemplate(*document, QgsReadWriteContext(), true, &ok);
      REQUIRE(ok);
      CHECK(layout.pageCollection()->pageCount() == expected.pages);
      for (const QString &id : expected.ids)
      {
        INFO(id.toStdString());
        CHECK(layout.itemById(id) != nullptr);
      }
    }
  }
  CHECK(ReportLayout::kindOf(*ReportLayout::readTemplate(ReportLayout::builtInTemplatePath(ReportTemplate::Report))) ==
        ReportTemplate::Report);
  CHECK(ReportLayout::kindOf(*ReportLayout::readTemplate(ReportLayout::builtInTemplatePath(ReportTemplate::MapA3))) ==
        ReportTemplate::MapA3);
  CHECK(ReportLayout::kindOf(*ReportLayout::readTemplate(ReportLayout::builtInTemplatePath(ReportTemplate::MapA4))) ==
        ReportTemplate::MapA4);
  CHECK_FALSE(ReportLayout::readTemplate(QStringLiteral("/nonexistent/x.qpt")));
}

TEST_CASE("A template edited like in QGIS (title moved, a label's text changed) changes the output", "[report]")
{
  QTemporaryDir directory;
  const auto original = ReportLayout::readTemplate(ReportLayout::builtInTemplatePath(ReportTemplate::MapA4));
  REQUIRE(original);
  QDomDocument edited = original->cloneNode(true).toDocument();
  int changed = 0;
  const QDomNodeList items = edited.elementsByTagName(QStringLiteral("LayoutItem"));
  for (int index = 0; index < items.size(); ++index)
  {
    QDomElement item = items.at(index).toElement();
    if (item.attribute(QStringLiteral("id")) == QLatin1String("title"))
    {
      item.setAttribute(QStringLiteral("position"), QStringLiteral("40,150,mm"));
      item.setAttribute(QStringLiteral("positionOnPage"), QStringLiteral("40,150,mm"));
      ++changed;
    }
    if (item.attribute(QStringLiteral("id")) == QLatin1String("page-number"))
    {
      item.setAttribute(QStringLiteral("labelText"), QStringLiteral("Blad [% @layout_page %] i serien"));
      ++changed;
    }
  }
  REQUIRE(changed == 2);
  const QString qpt = directory.filePath(QStringLiteral("mitt-kartblad.qpt"));
  {
    QFile file(qpt);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(edited.toByteArray(1));
  }
  CHECK(ReportLayout::kindOf(edited) == ReportTemplate::MapA4);

  for (const bool useEdited : {false, true})
  {
    const QString pdf = directory.filePath(useEdited ? QStringLiteral("edited.pdf") : QStringLiteral("built-in.pdf"));
    ReportOptions options = crimeOptions(ReportTemplate::MapA4, pdf);
    options.title = QStringLiteral("Anmälda brott i Kungsör");
    if (useEdited)
      options.templatePath = qpt;
    auto document = ReportDocument::prepare(options);
    REQUIRE(document);
    QgsLayoutItem *title = (*document)->layout()->itemById(QStringLiteral("title"));
    REQUIRE(title);
    CHECK(title->pagePos().x() == Approx(useEdited ? 40.0 : 10.0));
    CHECK(title->pagePos().y() == Approx(useEdited ? 150.0 : 8.0));
    REQUIRE((*document)->exportPdf(pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Anmälda brott i Kungsör")));
    CHECK(text.contains(QStringLiteral("Blad 1 i serien")) == useEdited);
    CHECK(text.contains(QStringLiteral("Sida 1 av 1")) == !useEdited);
    // Where the title is printed: pdftotext -bbox gives the word's top in points (150 mm ≈ 425 pt);
    // "Kungsör" is only in the title.
    const QString boxes = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression word(QStringLiteral("yMin=\"([0-9.]+)\"[^>]*>Kungsör</word>"));
    const QRegularExpressionMatch match = word.match(boxes);
    REQUIRE(match.hasMatch());
    const double top = match.captured(1).toDouble();
    if (useEdited)
      CHECK(top > 400.0);
    else
      CHECK(top < 60.0);
  }
}

TEST_CASE("A follow-up page for the demo's basement intervention: counts, p, WDQ and verdict", "[report]")
{
  QTemporaryDir directory;
  const auto store = GeoPackageStore::open(demoStore());
  REQUIRE(store);
  const auto interventions = (*store)->interventions();
  REQUIRE(interventions);
  const auto basement =
    std::find_if(interventions->begin(), interventions->end(),
                 [](const Intervention &intervention) { return intervention.title.contains(QStringLiteral("Hagabergsvägen 12")); });
  REQUIRE(basement != interventions->end());
  // The follow-up's own figures (core/followup), to find on the printed page.
  const auto areas = (*store)->areas();
  REQUIRE(areas);
  const auto evaluation = InterventionEvaluation::evaluate(**store, *basement, *areas, EvaluationOptions{});
  REQUIRE(evaluation);
  CHECK(evaluation->treated().counts.before == 28);
  CHECK(evaluation->treated().counts.after == 3);

  const QString pdf = directory.filePath(QStringLiteral("uppfoljning.pdf"));
  ReportOptions options = crimeOptions(ReportTemplate::Report, pdf);
  options.interventionIds = {basement->id};
  QElapsedTimer timer;
  timer.start();
  const auto summary = ReportWriter::write(options);
  REQUIRE(summary);
  std::printf("report with one follow-up page on the demo store: %.2f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
  CHECK(summary->pages == 4);
  const QString text = pdfText(pdf);
  INFO(text.toStdString());
  CHECK(text.contains(QStringLiteral("Uppföljning: Fokus på källaren, Hagabergsvägen 12")));
  CHECK(text.contains(QStringLiteral("5 oktober–1 november 2020")));
  CHECK(text.contains(QStringLiteral("Polisnärvaro")));
  const auto row = [](const ZoneSummary &zone)
  {
    return QStringLiteral("%1 %2 %3")
      .arg(zone.counts.before)
      .arg(zone.counts.after)
      .arg(zone.change < 0 ? QStringLiteral("−%1").arg(-zone.change) : QStringLiteral("+%1").arg(zone.change));
  };
  CHECK(text.contains(row(evaluation->treated())));
  CHECK(text.contains(row(evaluation->buffer())));
  CHECK(text.contains(row(evaluation->control())));
  CHECK(text.contains(QStringLiteral("28 3 −25 −89,3 % < 0,001")));
  CHECK(text.contains(QStringLiteral("Insatsområde")));
  CHECK(text.contains(QStringLiteral("Buffertzon (200 m)")));
  CHECK(text.contains(QStringLiteral("Kontrollområde")));
  CHECK(evaluation->verdict() == FollowUpVerdict::PartialDisplacement);
  CHECK(text.contains(QStringLiteral("Delvis förflyttning")));
  CHECK(text.contains(QStringLiteral("WDQ = −0,39")));
  CHECK(text.contains(QStringLiteral("Per vecka")));
  CHECK(text.contains(QStringLiteral("Sida 4 av 4")));
  // The weekly chart is drawn (bars and the shaded weeks) in the right half of page 4.
  const QImage page4 = renderPage(pdf, 4, directory.path());
  CHECK(greyDeviation(page4, 0.55, 0.2, 0.95, 0.6) > 8.0);
  keepCopy(pdf, QStringLiteral("lagesbild-test-followup.pdf"));

  options.interventionIds = {987654};
  CHECK_FALSE(ReportWriter::write(options));
}

TEST_CASE("PNG export: the first page, or one file per page, at 150 dpi", "[report]")
{
  QTemporaryDir directory;
  const QString png = directory.filePath(QStringLiteral("bild.png"));
  ReportOptions options = crimeOptions(ReportTemplate::Report, png);
  const auto first = ReportWriter::write(options);
  REQUIRE(first);
  REQUIRE(first->files == QStringList{png});
  QImage image(png);
  REQUIRE(!image.isNull());
  // A4 landscape, 297 × 210 mm at 150 dpi.
  CHECK(std::abs(image.width() - 1754) <= 2);
  CHECK(std::abs(image.height() - 1240) <= 2);
  CHECK_FALSE(QFileInfo::exists(directory.filePath(QStringLiteral("bild_2.png"))));
  CHECK(greyDeviation(image, 0.05, 0.2, 0.6, 0.85) > 8.0);

  options.imageAllPages = true;
  const auto all = ReportWriter::write(options);
  REQUIRE(all);
  REQUIRE(all->files.size() == 3);
  for (const QString &file : all->files)
  {
    INFO(file.toStdString());
    CHECK(QFileInfo::exists(file));
  }
  CHECK(all->files.at(2).endsWith(QLatin1String("bild_3.png")));
}

TEST_CASE("The options as lagesbild-cli report arguments, for exporting in a separate process", "[report]")
{
  ReportOptions options = crimeOptions(ReportTemplate::Report, QStringLiteral("/tmp/x.pdf"));
  options.interventionIds = {3, 5};
  options.filter.categories = QStringList{QStringLiteral("skadegorelse")};
  options.filter.hours = {22, 23, 0};
  options.filter.weekdays = {5, 6};
  const auto arguments = reportCommandLine(options);
  REQUIRE(arguments);
  const QString joined = arguments->join(QLatin1Char(' '));
  CHECK(arguments->first() == options.storePath);
  CHECK(joined.contains(QStringLiteral("--period 2021-01-01..2021-12-12")));
  CHECK(joined.contains(QStringLiteral("--compare-to 2020-01-01..2020-12-12")));
  CHECK(joined.contains(QStringLiteral("--template report")));
  CHECK(joined.contains(QStringLiteral("--intervention 3 --intervention 5")));
  CHECK(joined.contains(QStringLiteral("--kind crime")));
  CHECK(joined.contains(QStringLiteral("--category skadegorelse")));
  CHECK(joined.contains(QStringLiteral("--hours 22,23,0")));
  CHECK(joined.contains(QStringLiteral("--weekdays 5,6")));
  CHECK(arguments->endsWith(QStringLiteral("/tmp/x.pdf")));
  CHECK(arguments->contains(QStringLiteral("Färre skadegörelser vid Södra Ringvägen; fortsätt nattvandringarna.")));
  options.filter.bbox = BoundingBox{0.0, 0.0, 1.0, 1.0};
  CHECK_FALSE(reportCommandLine(options));
}
