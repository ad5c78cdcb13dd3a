// ImportRunner: runs a core/importer import (read, then one atomic write) off the UI thread,
// reporting progress and honouring cancel; a cancelled or failed import leaves the store as
// it was. The worker opens its own connection to the store: a SQLite connection belongs to one
// thread at a time, and the window keeps using its own while the import runs (WAL lets it read
// the store as it was until the import commits). The import dialog drives it; tests drive it
// directly.
#pragma once

#include "common/feedback.h"
#include "importer/importer.h"
#include "store/incidentstore.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace lagesbild
{

//! What an import did, for the summary.
struct ImportOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString message;               //!< the error, when not ok
    importer::ParsedImport parsed; //!< errors, warnings, new categories …
    InsertSummary summary;
};

class ImportRunner : public QObject
{
    Q_OBJECT

  public:
    //! storePath: the store to write to (empty: none, previews only).
    ImportRunner(QString storePath, importer::ImportOptions options, QObject *parent = nullptr);
    ~ImportRunner() override;

    //! Reads the file only (for the preview); finished() follows.
    void startPreview(const QString &path);
    //! Reads and writes; finished() follows.
    void startImport(const QString &path, const QString &user);
    void cancel() { mFeedback->cancel(); }
    bool isRunning() const { return mWatcher.isRunning(); }
    //! Blocks until the running work is done (for tests and shutdown).
    void wait() { mWatcher.waitForFinished(); }
    const ImportOutcome &outcome() const { return mOutcome; }

  Q_SIGNALS:
    void progressChanged(int percent);
    void finished();

  private:
    void start(const QString &path, const QString &user, bool write);

    QString mStorePath;
    importer::ImportOptions mOptions;
    std::unique_ptr<Feedback> mFeedback;
    QFutureWatcher<ImportOutcome> mWatcher;
    ImportOutcome mOutcome;
};

} // namespace lagesbild
