// lagesbild-cli import STORE FILE...: reads CSV, GeoJSON, any OGR source or the police events
// feed into the store. All files are read and checked first; with any invalid row (and no
// --skip-invalid) every problem is listed as FILE:LINE: field: what, and nothing is written.
#include "cli/commandline.h"
#include "cli/commandregistry.h"
#include "cli/storeopener.h"
#include "common/systemuser.h"
#include "importer/coordinatetransformer.h"
#include "importer/identitynumbermasker.h"
#include "importer/importer.h"
#include "store/incidentstore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace lagesbild::cli
{
namespace
{
constexpr std::size_t kMaxListedIssues = 50;
constexpr int kBarWidth = 30;

//! A progress bar on stderr when it is a terminal; silent otherwise.
class ProgressBar
{
  public:
    explicit ProgressBar(QString label) : mLabel(std::move(label)), mEnabled(isatty(fileno(stderr)) != 0) {}
    ~ProgressBar() { finish(); }

    void update(double percent)
    {
      if (!mEnabled)
        return;
      const int filled = static_cast<int>(percent / 100.0 * kBarWidth);
      if (filled == mLastFilled && static_cast<int>(percent) == mLastPercent)
        return;
      mLastFilled = filled;
      mLastPercent = static_cast<int>(percent);
      err() << QStringLiteral("\r%1 [%2%3] %4%")
                 .arg(mLabel, QString(filled, QLatin1Char('#')), QString(kBarWidth - filled, QLatin1Char(' ')))
                 .arg(mLastPercent, 3);
      err().flush();
      mShown = true;
    }
    void finish()
    {
      if (mShown)
      {
        err() << QStringLiteral("\r%1\r").arg(QString(mLabel.size() + kBarWidth + 8, QLatin1Char(' ')));
        err().flush();
        mShown = false;
      }
    }

  private:
    QString mLabel;
    bool mEnabled;
    bool mShown = false;
    int mLastFilled = -1;
    int mLastPercent = -1;
};

void printIssues(const std::vector<importer::ImportIssue> &issues, const QString &prefix)
{
  for (std::size_t i = 0; i < issues.size() && i < kMaxListedIssues; ++i)
    err() << prefix << issues[i].toString() << QLatin1Char('\n');
  if (issues.size() > kMaxListedIssues)
    err() << prefix << QCoreApplication::translate("cli", "… and %1 more").arg(issues.size() - kMaxListedIssues) << QLatin1Char('\n');
}
} // namespace

int runImportCommand(const QStringList &arguments)
{
  const QString command = QStringLiteral("import");
  CommandLine commandLine(
    command, QCoreApplication::translate("cli", "Import incidents from CSV, GeoJSON, any OGR source or the police events feed."),
    QStringLiteral("STORE FILE..."));
  commandLine.addOption({QStringLiteral("format"), QCoreApplication::translate("cli", "File format (default: detected)."),
                         QStringLiteral("auto|csv|geojson|ogr|polisen"), QStringLiteral("auto")});
  commandLine.addOption(
    {QStringLiteral("mapping"), QCoreApplication::translate("cli", "Column mapping and value maps (JSON)."), QStringLiteral("MAP.json")});
  commandLine.addOption({QStringLiteral("source"),
                         QCoreApplication::translate("cli", "Source (reporting organisation) for rows without one."),
                         QStringLiteral("NAME")});
  commandLine.addOption({QStringLiteral("kind"),
                         QCoreApplication::translate("cli", "Kind for rows without one (default: report; crime for the police feed)."),
                         QStringLiteral("crime|report")});
  commandLine.addOption({QStringLiteral("crs"),
                         QCoreApplication::translate("cli", "CRS of x/y (E/N) columns (default: EPSG:3006; lat/lon: EPSG:4326)."),
                         QStringLiteral("EPSG:N")});
  commandLine.addOption({QStringLiteral("date-format"),
                         QCoreApplication::translate("cli", "Date format when dates are ambiguous, e.g. \"d/M/yyyy HH:mm\"."),
                         QStringLiteral("F")});
  commandLine.addOption(
    {QStringLiteral("skip-invalid"), QCoreApplication::translate("cli", "Import the valid rows; write the others to NAME.rejected.csv.")});
  commandLine.addOption({QStringLiteral("area-field"),
                         QCoreApplication::translate("cli", "Column with each row's area (code or name of a store area); it "
                                                            "overrides the area found from the point."),
                         QStringLiteral("COLUMN")});
  if (const auto exit = commandLine.parse(arguments, 2))
    return *exit;

  importer::ImportOptions options;
  const auto format = importer::importFormatFromName(commandLine.value(QStringLiteral("format")));
  if (!format)
    return commandLine.usageError(
      QCoreApplication::translate("cli", "unknown --format \"%1\"").arg(commandLine.value(QStringLiteral("format"))));
  options.format = *format;
  if (commandLine.isSet(QStringLiteral("kind")))
  {
    options.kind = kindFromCode(commandLine.value(QStringLiteral("kind")));
    if (!options.kind)
      return commandLine.usageError(QCoreApplication::translate("cli", "--kind must be crime or report"));
  }
  options.crs = commandLine.value(QStringLiteral("crs"));
  if (!options.crs.isEmpty())
  {
    const auto transformer = importer::CoordinateTransformer::fromUserInput(options.crs);
    if (!transformer)
      return commandLine.usageError(transformer.error().message);
  }
  options.source = commandLine.value(QStringLiteral("source"));
  options.dateFormat = commandLine.value(QStringLiteral("date-format"));
  options.skipInvalid = commandLine.isSet(QStringLiteral("skip-invalid"));
  if (commandLine.isSet(QStringLiteral("mapping")))
  {
    auto mapping = importer::ColumnMapping::load(commandLine.value(QStringLiteral("mapping")));
    if (!mapping)
      return reportError(command, mapping.error());
    options.mapping = std::move(*mapping);
  }
  if (commandLine.isSet(QStringLiteral("area-field")))
  {
    if (!options.mapping)
      options.mapping.emplace();
    options.mapping->columns[importer::ImportField::Area] = commandLine.value(QStringLiteral("area-field"));
  }

  const QStringList positional = commandLine.positional();
  auto store = openStore(command, positional.at(0), StoreAccess::Write);
  if (!store)
    return reportError(command, store.error());
  auto known = importer::Importer::knownReferences(**store);
  if (!known)
    return reportError(command, known.error());
  options.known = std::move(*known);
  const importer::Importer importer(options);

  // Read and check every file before writing anything.
  std::vector<importer::ParsedImport> files;
  bool invalid = false;
  for (const QString &path : positional.mid(1))
  {
    ProgressBar bar(QCoreApplication::translate("cli", "Reading %1").arg(QFileInfo(path).fileName()));
    Feedback feedback([&bar](double percent) { bar.update(percent); });
    auto parsed = importer.read(path, &feedback);
    bar.finish();
    if (!parsed)
      return reportError(command, parsed.error());
    // Rows whose id is in the store with other content are conflicts, listed with the other errors.
    if (auto checked = importer::Importer::checkAgainstStore(**store, *parsed); !checked)
      return reportError(command, checked.error());
    printIssues(parsed->warnings, QCoreApplication::translate("cli", "warning: "));
    if (parsed->hasErrors())
    {
      printIssues(parsed->errors, QString());
      invalid = true;
    }
    files.push_back(std::move(*parsed));
  }
  err().flush();
  if (invalid && !options.skipInvalid)
  {
    err() << QCoreApplication::translate("cli",
                                         "lagesbild-cli import: invalid rows; nothing was imported (fix them, or use --skip-invalid)\n");
    err().flush();
    return ExitBadInput;
  }

  const QString user = SystemUser::name();
  std::int64_t totalRead = 0, totalImported = 0, totalDuplicates = 0, totalRejected = 0, totalMasked = 0;
  for (importer::ParsedImport &parsed : files)
  {
    ProgressBar bar(QCoreApplication::translate("cli", "Writing %1").arg(parsed.record.fileName));
    Feedback feedback([&bar](double percent) { bar.update(percent); });
    announceWaiting(command, feedback);
    auto written = importer.write(**store, parsed, user, &feedback);
    bar.finish();
    if (!written)
      return reportError(command, written.error());
    const importer::ParsedImport &p = parsed;
    out() << QCoreApplication::translate("cli", "%1: read %2, imported %3, duplicates %4, rejected %5, masked %6\n")
               .arg(p.record.fileName)
               .arg(p.record.read)
               .arg(p.record.imported)
               .arg(p.record.duplicates)
               .arg(p.record.rejected)
               .arg(p.record.masked);
    QStringList newCategories;
    for (const Category &category : p.newCategories)
      newCategories.append(QStringLiteral("%1 (%2)").arg(category.code, category.nameSv));
    if (!newCategories.isEmpty())
      out() << QCoreApplication::translate("cli", "  new categories: %1\n").arg(newCategories.join(QStringLiteral(", ")));
    QStringList newSources;
    for (const Source &source : p.newSources)
      newSources.append(QStringLiteral("%1 (%2)").arg(source.code, source.name));
    if (!newSources.isEmpty())
      out() << QCoreApplication::translate("cli", "  new sources: %1\n").arg(newSources.join(QStringLiteral(", ")));
    if (!p.rejected.empty())
      out() << QCoreApplication::translate("cli", "  rejected rows written to %1\n")
                 .arg(importer::IdentityNumberMasker::masked(importer::Importer::rejectedPath(p.path)));
    totalRead += p.record.read;
    totalImported += p.record.imported;
    totalDuplicates += p.record.duplicates;
    totalRejected += p.record.rejected;
    totalMasked += p.record.masked;
  }
  if (files.size() > 1)
    out() << QCoreApplication::translate("cli", "total: read %1, imported %2, duplicates %3, rejected %4, masked %5\n")
               .arg(totalRead)
               .arg(totalImported)
               .arg(totalDuplicates)
               .arg(totalRejected)
               .arg(totalMasked);
  out().flush();
  return ExitSuccess;
}

} // namespace lagesbild::cli
