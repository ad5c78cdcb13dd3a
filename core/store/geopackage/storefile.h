// StoreFile: what the file system says about a store before and after SQLite opens it — whether
// this process may write it (the file and its folder), the journal, WAL and shared-memory files
// beside it, and the SQLite header (page size, size in pages, journal mode). It names why a file
// SQLite cannot read is not a usable store (empty, truncated, not SQLite, damaged) and removes the
// -wal/-shm files a failed open left behind, so a refused file stays as it was.
#pragma once

#include "common/result.h"

#include <QString>

#include <cstdint>

namespace lagesbild
{

struct StoreFileState
{
    bool exists = false;
    bool readable = false;
    bool writable = false;     //!< the file and its folder (for the journal, -wal and -shm files)
    bool hasJournal = false;   //!< a non-empty rollback journal: an interrupted large import
    bool hasWal = false;       //!< a -wal file exists (possibly empty)
    bool hasShm = false;       //!< a -shm file exists
    bool sqliteMagic = false;  //!< starts as an SQLite database does
    bool sqliteHeader = false; //!< and has its whole 100-byte header
    bool walMode = false;      //!< the header says WAL (file format versions 2)
    std::int64_t fileSize = 0;
    std::int64_t pageSize = 0;
    std::int64_t headerPages = 0; //!< the in-header database size, 0 when not valid
};

class StoreFile
{
  public:
    static StoreFileState inspect(const QString &path);

    //! The error for a file that SQLite could not read as a store: empty, truncated (the
    //! header promises more pages than the file holds), not an SQLite database, or damaged.
    static Error damaged(const QString &path, const StoreFileState &state, const QString &sqliteMessage);

    //! Removes the -wal and -shm files that did not exist in before (created by a failed open);
    //! a -wal with content is kept.
    static void removeNewCompanions(const QString &path, const StoreFileState &before);
};

} // namespace lagesbild
