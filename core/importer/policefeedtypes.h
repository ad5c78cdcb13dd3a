// PoliceFeedTypes: what each event type of the police's public events feed is — a reported
// crime or a lägesbild report (traffic accidents, fires, missing persons, summaries are not
// crimes) — and which category it goes into: a default taxonomy code, or a category name the
// import creates. A type not in the table is a report in "Övrigt", and the import warns.
#pragma once

#include "model/incident.h"

#include <QString>

#include <optional>
#include <vector>

namespace lagesbild::importer
{

struct PoliceFeedType
{
    const char *type;     //!< as the feed writes it: "Trafikolycka, personskada"
    IncidentKind kind;    //!< crime or report
    const char *category; //!< a category code ("brott_misshandel") or a new category's Swedish name
};

class PoliceFeedTypes
{
  public:
    //! Every type the table knows.
    static const std::vector<PoliceFeedType> &all();
    //! The table's entry for a feed type (summaries: any "Sammanfattning …"); none when unknown.
    static std::optional<PoliceFeedType> find(const QString &type);
    //! The category unknown types go to (a report).
    static constexpr const char *kUnknownCategory = "ovrigt";
};

} // namespace lagesbild::importer
