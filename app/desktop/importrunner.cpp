#include "importrunner.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace lagesbild
{

ImportRunner::ImportRunner(QString storePath, importer::ImportOptions options, QObject *parent)
  : QObject(parent), mStorePath(std::move(storePath)), mOptions(std::move(options))
{
  connect(&mWatcher, &QFutureWatcher<ImportOutcome>::finished, this,
          [this]()
          {
            mOutcome = mWatcher.result();
            Q_EMIT finished();
          });
}

ImportRunner::~ImportRunner()
{
  if (mFeedback)
    mFeedback->cancel();
  mWatcher.waitForFinished();
}

void ImportRunner::startPreview(const QString &path)
{
  start(path, QString(), false);
}

void ImportRunner::startImport(const QString &path, const QString &user)
{
  start(path, user, true);
}

void ImportRunner::start(const QString &path, const QString &user, bool write)
{
  if (mWatcher.isRunning())
    return;
  // Progress crosses to the UI thread through a queued signal.
  mFeedback = std::make_unique<Feedback>(
    [this](double percent)
    {
      QMetaObject::invokeMethod(
        this, [this, percent]() { Q_EMIT progressChanged(static_cast<int>(percent)); }, Qt::QueuedConnection);
    });
  Feedback *feedback = mFeedback.get();
  const QString storePath = mStorePath;
  importer::ImportOptions options = mOptions;
  mWatcher.setFuture(QtConcurrent::run(
    [storePath, options, path, user, write, feedback]()
    {
      ImportOutcome outcome;
      importer::ImportOptions runOptions = options;
      std::unique_ptr<IncidentStore> store;
      if (!storePath.isEmpty())
      {
        auto opened = IncidentStore::open(storePath);
        if (!opened)
        {
          outcome.message = opened.error().toString();
          return outcome;
        }
        store = std::move(opened).value();
        auto known = importer::Importer::knownReferences(*store);
        if (known)
          runOptions.known = std::move(known).value();
      }
      const importer::Importer importer(runOptions);
      auto parsed = importer.read(path, feedback);
      if (!parsed)
      {
        outcome.message = parsed.error().toString();
        outcome.cancelled = parsed.error().code == ErrorCode::Cancelled;
        return outcome;
      }
      outcome.parsed = std::move(parsed).value();
      // Rows whose id the store has with other content are conflicts: shown in the preview too.
      if (store)
        if (auto checked = importer::Importer::checkAgainstStore(*store, outcome.parsed); !checked)
        {
          outcome.message = checked.error().toString();
          return outcome;
        }
      if (!write)
      {
        outcome.ok = true;
        return outcome;
      }
      if (!store)
      {
        outcome.message = QCoreApplication::translate("ImportRunner", "No store is open");
        return outcome;
      }
      auto written = importer.write(*store, outcome.parsed, user, feedback);
      if (!written)
      {
        outcome.message = written.error().toString();
        outcome.cancelled = written.error().code == ErrorCode::Cancelled;
        return outcome;
      }
      outcome.summary = *written;
      outcome.ok = true;
      return outcome;
    }));
}

} // namespace lagesbild
