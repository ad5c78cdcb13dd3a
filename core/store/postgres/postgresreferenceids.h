// PostgresReferenceIds: the category, source and area codes of the server store with their ids,
// loaded once per write transaction to check — and, when asked, create — what incidents refer
// to before a row is written: an unknown code gives the GeoPackage's readable error instead of
// a foreign-key failure.
#pragma once

#include "common/result.h"
#include "model/reference.h"

#include <QHash>

#include <cstdint>
#include <vector>

namespace lagesbild
{

class PostgresConnection;

class PostgresReferenceIds
{
  public:
    static Result<PostgresReferenceIds> load(PostgresConnection &connection);

    struct Ids
    {
        std::int64_t category = 0;
        std::int64_t source = 0;
        std::int64_t area = 0; //!< 0: none
    };
    //! The ids of the incident's codes; number names it in messages (0: "The incident").
    Result<Ids> check(PostgresConnection &connection, const Incident &incident, std::int64_t number, bool createMissing,
                      const std::vector<Category> *categories = nullptr, const std::vector<Source> *sources = nullptr);

  private:
    QHash<QString, std::int64_t> mCategories;
    QHash<QString, std::int64_t> mSources;
    QHash<QString, std::int64_t> mAreas;
};

} // namespace lagesbild
