// ReadOnlyFiles: makes a test's store and its folder read-only for the code under test, as a
// colleague's file on a read-only share is. Permission bits do not bind root (tests often run as
// root in containers and CI), so while a NobodyFileAccess lives, this thread's file-system user
// and group are nobody (Linux setfsuid): the kernel then checks the bits, and root's override is
// dropped, for this thread only. As any other user the bits alone do it.
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

#include <sys/fsuid.h>
#include <unistd.h>

namespace lagesbild::testsupport
{

class NobodyFileAccess
{
  public:
    NobodyFileAccess()
    {
      if (geteuid() != 0)
        return;
      setfsgid(kNobody);
      setfsuid(kNobody);
      mActive = true;
    }
    ~NobodyFileAccess()
    {
      if (!mActive)
        return;
      setfsuid(0);
      setfsgid(0);
    }
    NobodyFileAccess(const NobodyFileAccess &) = delete;
    NobodyFileAccess &operator=(const NobodyFileAccess &) = delete;

  private:
    static constexpr unsigned kNobody = 65534;
    bool mActive = false;
};

//! Read-only permission bits on folder and on the given files in it (missing ones are skipped);
//! writable again when destroyed, so the temporary folder can be removed.
class ReadOnlyFiles
{
  public:
    ReadOnlyFiles(QString folder, QStringList files, bool fileWritable = false) : mFolder(std::move(folder)), mFiles(std::move(files))
    {
      const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
      for (const QString &file : mFiles)
        QFile::setPermissions(file, fileWritable ? readable | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther : readable);
      QFile::setPermissions(mFolder, readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    }
    ~ReadOnlyFiles()
    {
      QFile::setPermissions(mFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
      for (const QString &file : mFiles)
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
    ReadOnlyFiles(const ReadOnlyFiles &) = delete;
    ReadOnlyFiles &operator=(const ReadOnlyFiles &) = delete;

  private:
    QString mFolder;
    QStringList mFiles;
};

} // namespace lagesbild::testsupport
