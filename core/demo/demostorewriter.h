// DemoStoreWriter: writes the Kungsör demo into an incident store — the categories and sources
// it uses are checked against the store's taxonomy; then the named areas, the interventions and the
// incidents (through IncidentStore::insertBatch, chunk by chunk as the generator produces them).
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "demogenerator.h"

#include <QString>

#include <cstdint>

namespace lagesbild
{
class IncidentStore;
}

namespace lagesbild::demo
{

struct DemoSummary
{
    std::int64_t crimes = 0;
    std::int64_t reports = 0;
    std::int64_t areas = 0;
    std::int64_t interventions = 0;
    double seconds = 0.0; //!< wall time of the whole write
};

class DemoStoreWriter
{
  public:
    //! Creates a new store at path (an error if the file exists) and writes the demo into it.
    //! On failure or cancel the partly written file is removed.
    static Result<DemoSummary> write(const QString &path, const DemoOptions &options, Feedback *feedback = nullptr);

    //! Writes the generator's demo into an open store.
    static Result<DemoSummary> writeInto(IncidentStore &store, const DemoGenerator &generator, Feedback *feedback = nullptr);

    //! The user name written to the audit log.
    static QString auditUser() { return QStringLiteral("lagesbild-demo"); }
};

} // namespace lagesbild::demo
