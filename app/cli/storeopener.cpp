#include "storeopener.h"

#include "cli/commandline.h"

#include <QCoreApplication>

namespace lagesbild::cli
{

void announceWaiting(const QString &command, Feedback &feedback)
{
  feedback.setWaitingCallback(
    [command](bool waiting)
    {
      if (waiting)
        err() << QCoreApplication::translate("cli", "lagesbild-cli %1: another program is writing to the store; waiting for its turn…\n")
                   .arg(command);
      else
        err() << QCoreApplication::translate("cli", "lagesbild-cli %1: the store is free again; going on.\n").arg(command);
      err().flush();
    });
}

Result<std::unique_ptr<IncidentStore>> openStore(const QString &command, const QString &path, StoreAccess access)
{
  Feedback feedback;
  announceWaiting(command, feedback);
  auto store = IncidentStore::open(path, access, &feedback);
  if (store && (*store)->isReadOnly())
  {
    err() << QCoreApplication::translate("cli", "lagesbild-cli %1: note: the store %2 is read-only here; it is read, not changed.\n")
               .arg(command, path);
    err().flush();
  }
  return store;
}

} // namespace lagesbild::cli
