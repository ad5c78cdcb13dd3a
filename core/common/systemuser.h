// SystemUser: who is signed in to this computer — the name the store's audit rows carry when
// the app, the CLI or an import does not give one. One definition, so the app, the CLI and the
// store write the same name for the same person.
#pragma once

#include <QString>
#include <QtGlobal>

namespace lagesbild
{

class SystemUser
{
  public:
    //! $USER (Linux, macOS), else %USERNAME% (Windows), else "unknown".
    static QString name()
    {
      QString user = qEnvironmentVariable("USER");
      if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
      return user.isEmpty() ? QStringLiteral("unknown") : user;
    }
};

} // namespace lagesbild
