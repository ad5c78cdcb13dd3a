// AddressImportRunner: loads an address register (any OGR source, optionally with a mapping
// file) into the store off the UI thread — reading the file, then replacing the register in one
// transaction — with progress (reading the first half, writing the second) and cancel. A
// cancelled or failed import leaves the previous register as it was. The worker opens its own
// connection to the store, as the incident import does.
#pragma once

#include "common/feedback.h"

#include <QFutureWatcher>
#include <QObject>

#include <cstdint>
#include <memory>

namespace lagesbild
{

//! What a register import did, for the dialog's summary.
struct AddressImportOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString message;          //!< the error, when not ok
    std::int64_t read = 0;    //!< features read from the file
    std::int64_t stored = 0;  //!< addresses and places now in the register
    std::int64_t skipped = 0; //!< features without a street or place name, or without a point
};

class AddressImportRunner : public QObject
{
    Q_OBJECT

  public:
    explicit AddressImportRunner(QString storePath, QObject *parent = nullptr);
    ~AddressImportRunner() override;

    //! mappingPath may be empty (the built-in OSM and Lantmäteriet mappings then apply).
    void start(const QString &path, const QString &mappingPath, const QString &user);
    void cancel();
    bool isRunning() const { return mWatcher.isRunning(); }
    //! Blocks until the running work is done (for tests and shutdown).
    void wait() { mWatcher.waitForFinished(); }
    const AddressImportOutcome &outcome() const { return mOutcome; }

  Q_SIGNALS:
    void progressChanged(int percent);
    void finished();

  private:
    QString mStorePath;
    std::unique_ptr<Feedback> mReading;
    std::unique_ptr<Feedback> mWriting;
    QFutureWatcher<AddressImportOutcome> mWatcher;
    AddressImportOutcome mOutcome;
};

} // namespace lagesbild
