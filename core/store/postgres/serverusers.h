// ServerUsers: `server add-user` — creates a PostgreSQL login in one of the store's group roles
// and, for a reporter (or anyone given one), records its organisation, which the row-level
// policies read. A password is hashed on this side (SCRAM, as psql's \password does), so the
// plain text never reaches the server, its logs or a command line; without one the login uses
// what the server's pg_hba.conf allows (peer, certificate) or a password set later.
#pragma once

#include "common/result.h"
#include "serverrole.h"

#include <QString>

#include <optional>

namespace lagesbild
{

class PostgresConnection;

struct NewServerUser
{
    QString name;
    ServerRole role = ServerRole::Analyst;
    QString organisation;            //!< a source code; required for a reporter
    std::optional<QString> password; //!< none: no password
};

struct AddedServerUser
{
    bool organisationCreated = false; //!< the organisation was not among the sources and was added
};

class ServerUsers
{
  public:
    static Result<AddedServerUser> add(PostgresConnection &connection, const NewServerUser &user);
};

} // namespace lagesbild
