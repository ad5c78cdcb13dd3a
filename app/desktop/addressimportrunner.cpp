#include "addressimportrunner.h"

#include "importer/addressreader.h"
#include "store/incidentstore.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace lagesbild
{

AddressImportRunner::AddressImportRunner(QString storePath, QObject *parent) : QObject(parent), mStorePath(std::move(storePath))
{
  connect(&mWatcher, &QFutureWatcher<AddressImportOutcome>::finished, this,
          [this]()
          {
            mOutcome = mWatcher.result();
            Q_EMIT finished();
          });
}

AddressImportRunner::~AddressImportRunner()
{
  cancel();
  mWatcher.waitForFinished();
}

void AddressImportRunner::cancel()
{
  if (mReading)
    mReading->cancel();
  if (mWriting)
    mWriting->cancel();
}

void AddressImportRunner::start(const QString &path, const QString &mappingPath, const QString &user)
{
  if (mWatcher.isRunning())
    return;
  // Progress crosses to the UI thread through a queued signal: reading is the first half.
  const auto reporter = [this](double offset)
  {
    return [this, offset](double percent)
    {
      const int overall = static_cast<int>(offset + percent / 2.0);
      QMetaObject::invokeMethod(
        this, [this, overall]() { Q_EMIT progressChanged(overall); }, Qt::QueuedConnection);
    };
  };
  mReading = std::make_unique<Feedback>(reporter(0.0));
  mWriting = std::make_unique<Feedback>(reporter(50.0));
  Feedback *reading = mReading.get();
  Feedback *writing = mWriting.get();
  const QString storePath = mStorePath;
  mWatcher.setFuture(QtConcurrent::run(
    [storePath, path, mappingPath, user, reading, writing]()
    {
      AddressImportOutcome outcome;
      const auto fail = [&outcome](const Error &error)
      {
        outcome.message = error.toString();
        outcome.cancelled = error.code == ErrorCode::Cancelled;
        return outcome;
      };
      std::optional<importer::AddressMapping> mapping;
      if (!mappingPath.isEmpty())
      {
        auto loaded = importer::AddressMapping::load(mappingPath);
        if (!loaded)
          return fail(loaded.error());
        mapping = std::move(*loaded);
      }
      auto read = importer::AddressReader::read(path, mapping ? &*mapping : nullptr, reading);
      if (!read)
        return fail(read.error());
      outcome.read = read->read;
      outcome.skipped = read->skipped;
      if (read->addresses.empty())
        return fail(makeError(ErrorCode::BadInput,
                              QCoreApplication::translate("AddressImportRunner",
                                                          "%1: no addresses found (no street or place name column; choose a mapping file)")
                                .arg(path)));
      if (reading->isCancelled())
        return fail(makeError(ErrorCode::Cancelled, QCoreApplication::translate("AddressImportRunner",
                                                                                "The address import was cancelled; nothing was changed.")));
      auto store = IncidentStore::open(storePath);
      if (!store)
        return fail(store.error());
      if (auto replaced = (*store)->replaceAddresses(read->addresses, user, writing); !replaced)
        return fail(replaced.error());
      auto count = (*store)->addressCount();
      if (!count)
        return fail(count.error());
      outcome.stored = *count;
      outcome.ok = true;
      return outcome;
    }));
}

} // namespace lagesbild
