// ReferenceCodes: the category, source and area codes of a store, loaded once per write
// transaction to check (and, when asked, create) what incidents refer to before any row is
// written, so an unknown code gives a readable error instead of a foreign-key failure.
#pragma once

#include "common/result.h"
#include "model/incident.h"

#include <QSet>
#include <QString>

struct sqlite3;

namespace lagesbild
{

class ReferenceCodes
{
  public:
    static Result<ReferenceCodes> load(sqlite3 *db);

    //! Checks the codes incident refers to; with createMissing, creates unknown ones under their own name.
    //! position names the incident in messages (e.g. "incident 12").
    Result<void> check(sqlite3 *db, const Incident &incident, const QString &position, bool createMissing);

  private:
    QSet<QString> mCategories;
    QSet<QString> mSources;
    QSet<QString> mAreas;
    QString mLastCategory;
    QString mLastSource;
    QString mLastArea;
};

} // namespace lagesbild
