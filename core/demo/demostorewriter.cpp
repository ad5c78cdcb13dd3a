#include "demostorewriter.h"

#include "demoaddressregister.h"
#include "demotaxonomy.h"
#include "store/incidentstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace lagesbild::demo
{
namespace
{
void removeStoreFiles(const QString &path)
{
  for (const char *suffix : {"", "-wal", "-shm", "-journal"})
    QFile::remove(path + QLatin1String(suffix));
}

//! The demo writes only codes of the store's taxonomy: a missing one is a programming error.
Result<void> checkTaxonomy(const IncidentStore &store)
{
  const auto categories = store.categories();
  if (!categories)
    return categories.error();
  const auto sources = store.sources();
  if (!sources)
    return sources.error();
  QSet<QString> known;
  for (const Category &category : *categories)
    known.insert(category.code);
  for (const Source &source : *sources)
    known.insert(QStringLiteral("source:") + source.code);
  QStringList missing;
  for (const QString &code : DemoTaxonomy::usedCategoryCodes())
  {
    if (!known.contains(code))
      missing << code;
  }
  for (const QString &code : DemoTaxonomy::usedSourceCodes())
  {
    if (!known.contains(QStringLiteral("source:") + code))
      missing << QStringLiteral("source ") + code;
  }
  if (!missing.isEmpty())
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("DemoStoreWriter", "The store's taxonomy lacks codes the demo uses: %1")
                       .arg(missing.join(QStringLiteral(", "))));
  return {};
}
} // namespace

Result<DemoSummary> DemoStoreWriter::write(const QString &path, const DemoOptions &options, Feedback *feedback)
{
  if (QFileInfo::exists(path))
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("DemoStoreWriter", "The file %1 exists already").arg(path));
  const auto generator = DemoGenerator::create(options);
  if (!generator)
    return generator.error();

  // The store is closed (end of the lambda) before a failed file is removed.
  const auto summary = [&]() -> Result<DemoSummary>
  {
    auto store = IncidentStore::create(path);
    if (!store)
      return store.error();
    return writeInto(**store, *generator, feedback);
  }();
  if (!summary)
    removeStoreFiles(path);
  return summary;
}

Result<DemoSummary> DemoStoreWriter::writeInto(IncidentStore &store, const DemoGenerator &generator, Feedback *feedback)
{
  // Batches of up to 2^20 incidents (a few hundred MB held at a time): each commits once, and a
  // further batch costs what the batch costs (its own leaves and key runs; see core/store's
  // README), so larger scales write several such batches.
  constexpr std::int64_t kLargestBatch = std::int64_t(1) << 20;
  constexpr std::int64_t kMinimumBatch = 65536;
  const auto batchSize = static_cast<std::size_t>(std::clamp(generator.plannedCount(), kMinimumBatch, kLargestBatch));
  QElapsedTimer timer;
  timer.start();
  DemoSummary summary;

  const auto taxonomy = checkTaxonomy(store);
  if (!taxonomy)
    return taxonomy.error();

  for (const Area &area : generator.areas())
  {
    const auto upserted = store.upsertArea(area);
    if (!upserted)
      return upserted.error();
    ++summary.areas;
  }
  // The demo is Kungsör (SCB 1960): titles, footers and the window say so.
  if (const auto kungsor = Municipality::fromCode(QStringLiteral("1960")))
  {
    if (const auto set = store.setMunicipality(*kungsor); !set)
      return set.error();
  }
  // The demo's address register (generated for the demo), so every demo address geocodes.
  if (auto done = store.replaceAddresses(DemoAddressRegister::build(generator.places()), auditUser()); !done)
    return done.error();
  for (const Intervention &intervention : generator.interventions())
  {
    const auto inserted = store.insertIntervention(intervention, auditUser());
    if (!inserted)
      return inserted.error();
    ++summary.interventions;
  }

  const double planned = static_cast<double>(std::max<std::int64_t>(1, generator.plannedCount()));
  IncidentStore::InsertOptions insertOptions;
  insertOptions.user = auditUser();
  std::optional<Error> failure;
  std::int64_t written = 0;
  const auto generated = generator.generate(
    [&](std::vector<Incident> &chunk)
    {
      if (feedback && feedback->isCancelled())
        return false;
      const auto inserted = store.insertBatch(chunk, insertOptions, nullptr);
      if (!inserted)
      {
        failure = inserted.error();
        return false;
      }
      for (const Incident &incident : chunk)
        ++(incident.kind == IncidentKind::Crime ? summary.crimes : summary.reports);
      written += inserted->inserted;
      if (inserted->duplicates != 0)
      {
        failure = makeError(
          ErrorCode::Internal,
          QCoreApplication::translate("DemoStoreWriter", "The store rejected %1 demo incidents as duplicates").arg(inserted->duplicates));
        return false;
      }
      if (feedback)
        feedback->setProgress(100.0 * static_cast<double>(written) / planned);
      return true;
    },
    batchSize);
  if (failure)
    return *failure;
  if (!generated)
    return generated.error();
  summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  return summary;
}

} // namespace lagesbild::demo
