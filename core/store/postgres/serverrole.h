// ServerRole: the five roles of the server store and the PostgreSQL group role each login joins.
#pragma once

#include <QString>

#include <optional>

namespace lagesbild
{

enum class ServerRole
{
  Coordinator, //!< reads and writes everything
  Analyst,     //!< reads all incidents, writes interventions and saved analyses
  Reporter,    //!< writes and reads its own organisation's reports for 30 days
  Police,      //!< reads everything, writes reported crimes
  Public,      //!< only aggregated grid counts, small counts suppressed
};

//! "coordinator", "analyst", "reporter", "police", "public".
QString serverRoleCode(ServerRole role);
std::optional<ServerRole> serverRoleFromCode(const QString &code);
//! The group role in PostgreSQL: "lagesbild_reporter" …
QString serverGroupRole(ServerRole role);

} // namespace lagesbild
