// BaseMapSettings: the base map chosen for a store — its sources, top first — and how it is kept
// in the store as JSON under the key 'basemap' (StoreSettings), so a colleague who opens the same
// file sees the same map. File paths inside the store's folder are kept relative to it, so the
// store and its offline map can move together to another disk or machine.
#pragma once

#include "basemapsource.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace lagesbild
{

struct BaseMapSettings
{
    static constexpr const char *kStoreKey = "basemap";

    std::vector<BaseMapSource> sources; //!< top first
    bool operator==(const BaseMapSettings &other) const { return sources == other.sources; }
    bool isEmpty() const { return sources.empty(); }

    //! {"version":1,"sources":[{"kind":"xyz","name":…,"location":…,"opacity":1,"visible":true,"attribution":…}]}
    QByteArray toJson() const;
    //! Sources of an unknown kind are skipped (a newer Lägesbild may know more kinds).
    static Result<BaseMapSettings> fromJson(const QByteArray &json);

    //! The settings with file locations relative to directory where they lie inside it.
    BaseMapSettings relativeTo(const QString &directory) const;
    //! The settings with relative file locations made absolute against directory.
    BaseMapSettings resolvedAgainst(const QString &directory) const;

    //! The base map kept in the store (file paths resolved); empty when none was chosen.
    static Result<BaseMapSettings> load(const QString &storePath);
    //! Keeps the settings in the store (file paths relative to the store's folder where possible).
    static Result<void> save(const QString &storePath, const BaseMapSettings &settings);
};

} // namespace lagesbild
