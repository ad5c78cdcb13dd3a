// ServerStoreFixture: one database of the throwaway cluster set up by ServerInit (Kungsör, 1960),
// with a login per role made by ServerUsers: coordinator, analyst, police, public, and reporters
// of the housing company (bostadsbolaget) and of the guards (vaktare). Shared by the test cases
// of an executable; tests add rows of their own and count only those.
#pragma once

#include "sqlsession.h"

#include <QString>

namespace lagesbild::test
{

class ServerStoreFixture
{
  public:
    static ServerStoreFixture &shared();

    QString database() const { return mDatabase; }
    //! Connection as the login of that role: "coordinator", "analyst", "police", "public",
    //! "housing" (reporter of bostadsbolaget), "guards" (reporter of vaktare), or "postgres".
    QString connection(const QString &who) const;
    QString login(const QString &who) const;

    //! SQL that inserts one incident and returns its fid; description as given.
    static QString insertSql(const QString &kindCode, const QString &categoryCode, const QString &sourceCode, const QString &description,
                             double x = 562800, double y = 6587650);

  private:
    ServerStoreFixture();
    QString mDatabase;
};

} // namespace lagesbild::test
