// ReferenceCodes: the category, source and area codes of a store with their row ids, loaded once
// per write transaction to check (and, when asked, create) what incidents refer to before any
// row is written — an unknown code gives a readable error instead of a foreign-key failure — and
// to turn codes into the integer ids the incidents table stores.
#pragma once

#include "common/result.h"
#include "model/incident.h"
#include "model/reference.h"

#include <QHash>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

struct sqlite3;

namespace lagesbild
{

//! How to create codes that are missing: the names, colours and groups an importer found for
//! them (may be empty; a code without a definition is created under its own name).
struct ReferenceDefinitions
{
    const std::vector<Category> *categories = nullptr;
    const std::vector<Source> *sources = nullptr;
};

class ReferenceCodes
{
  public:
    static Result<ReferenceCodes> load(sqlite3 *db);

    //! The row ids an incident's codes stand for.
    struct Ids
    {
        std::int64_t category = 0;
        std::int64_t source = 0;
        std::int64_t area = 0; //!< 0: no area
    };

    //! Checks the codes incident refers to and returns their ids; with createMissing, creates
    //! unknown ones (from definitions when given). number names the incident in messages
    //! ("Incident 12"); 0 means "The incident".
    Result<Ids> check(sqlite3 *db, const Incident &incident, std::int64_t number, bool createMissing,
                      const ReferenceDefinitions &definitions = ReferenceDefinitions());
    //! The tables check() added rows to, for gpkg_contents.last_change.
    bool createdCategories() const { return mCreatedCategories; }
    bool createdSources() const { return mCreatedSources; }

    //! Row ids of known codes; 0 when unknown (and for an empty area).
    std::int64_t categoryId(const QString &code) const { return mCategories.value(code, 0); }
    std::int64_t sourceId(const QString &code) const { return mSources.value(code, 0); }
    std::int64_t areaId(const QString &code) const { return code.isEmpty() ? 0 : mAreas.value(code, 0); }

  private:
    //! A code's id through a small cache keyed by the string's buffer: the incidents of a batch
    //! share a few code strings, and a buffer cannot change while the batch holds it.
    struct CachedCode
    {
        const QChar *data = nullptr;
        qsizetype size = 0;
        std::int64_t id = 0;
    };
    static constexpr std::size_t kCacheSlots = 256;
    struct CodeCache
    {
        CachedCode entries[kCacheSlots];
    };
    static std::int64_t cachedId(const QHash<QString, std::int64_t> &codes, CodeCache &cache, const QString &code);

    bool mCreatedCategories = false;
    bool mCreatedSources = false;
    CodeCache mCategoryCache;
    CodeCache mSourceCache;
    CodeCache mAreaCache;
    QHash<QString, std::int64_t> mCategories;
    QHash<QString, std::int64_t> mSources;
    QHash<QString, std::int64_t> mAreas;
};

} // namespace lagesbild
