#include "serverrole.h"

namespace lagesbild
{

QString serverRoleCode(ServerRole role)
{
  switch (role)
  {
  case ServerRole::Coordinator:
    return QStringLiteral("coordinator");
  case ServerRole::Analyst:
    return QStringLiteral("analyst");
  case ServerRole::Reporter:
    return QStringLiteral("reporter");
  case ServerRole::Police:
    return QStringLiteral("police");
  case ServerRole::Public:
    return QStringLiteral("public");
  }
  return {};
}

std::optional<ServerRole> serverRoleFromCode(const QString &code)
{
  for (ServerRole role : {ServerRole::Coordinator, ServerRole::Analyst, ServerRole::Reporter, ServerRole::Police, ServerRole::Public})
    if (serverRoleCode(role) == code.trimmed().toLower())
      return role;
  return std::nullopt;
}

QString serverGroupRole(ServerRole role)
{
  return QStringLiteral("lagesbild_") + serverRoleCode(role);
}

} // namespace lagesbild
