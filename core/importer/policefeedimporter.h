// PoliceFeedImporter: the Swedish police's public events feed (polisen.se/api/events) as saved
// JSON — an array of events with id, datetime (the publication time, e.g. "2023-04-11 3:24:01
// +02:00"), name ("11 april 00:37, Brand, Kungsör", the event's own time; later "10.27"),
// summary, url, type and location {name, gps "lat,lon"}. The type becomes the category, the
// id the external id; the gps point only says which municipality (or county), so incidents get
// LocationPrecision::Municipality.
#pragma once

#include "common/feedback.h"
#include "common/result.h"
#include "importoptions.h"
#include "parsedimport.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace lagesbild::importer
{

class PoliceFeedImporter
{
  public:
    //! True when the JSON looks like the feed (an array whose first element has datetime and location).
    static bool looksLikeFeed(const QByteArray &data);

    static Result<void> parse(const QByteArray &data, const QString &fileLabel, const ImportOptions &options, ParsedImport &out,
                              Feedback *feedback = nullptr);

    //! The event's own local time from its name, the year inferred from the publication time
    //! (an event published on 1 January may have happened on 31 December). UTC seconds of
    //! start and (for "18.00 - 06.00" windows) end; nothing when the name holds no time.
    struct EventTime
    {
        std::int64_t from = 0;
        std::optional<std::int64_t> to;
    };
    static std::optional<EventTime> timeFromName(const QString &name, std::int64_t publishedUtc);
};

} // namespace lagesbild::importer
