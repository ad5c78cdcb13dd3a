// storebatchwriter: a helper process for the kill tests. It inserts a batch of synthetic
// incidents into STORE and, depending on MODE, stops inside the transaction and says so on
// stdout ("PAUSED") so the test can kill it with SIGKILL at a known point:
//   rows   — halfway through writing the rows
//   index  — after the rows, while the R-tree insert trigger is dropped for the packed rebuild
//   none   — never pauses (the test kills it after a delay)
// Every line is flushed at once, so the test knows the phase the process was in when it was
// killed: STARTED (before the store is opened), OPENED, PHASE rows / keys / index (inside the
// batch's transaction), PHASE commit (the commit has started: the batch may be durable or not),
// PHASE committed (after the commit, while a large batch switches the store back to WAL), DONE.
#include "storetestsupport.h"

#include "store/geopackage/geopackagestore.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace lagesbild;

namespace
{
void say(const char *line)
{
  std::printf("%s\n", line);
  std::fflush(stdout);
}

const char *phaseOf(double percent)
{
  if (percent >= 100.0)
    return "PHASE committed";
  if (percent >= 99.0)
    return "PHASE commit";
  if (percent >= 90.0)
    return "PHASE index";
  if (percent >= 80.0)
    return "PHASE keys";
  return "PHASE rows";
}
} // namespace

int main(int argc, char *argv[])
{
  QCoreApplication app(argc, argv);
  if (argc != 4)
  {
    std::fprintf(stderr, "usage: storebatchwriter STORE COUNT rows|index|none\n");
    return 2;
  }
  const QString path = QString::fromLocal8Bit(argv[1]);
  const int count = QString::fromLatin1(argv[2]).toInt();
  const QByteArray mode(argv[3]);
  const auto incidents = storetest::syntheticIncidents(count, 4242, QStringLiteral("killed"));
  say("STARTED");
  auto store = GeoPackageStore::open(path);
  if (!store)
  {
    std::fprintf(stderr, "%s\n", store.error().toString().toLocal8Bit().constData());
    return 1;
  }
  say("OPENED");
  const double pauseAt = mode == "rows" ? 45.0 : (mode == "index" ? 90.0 : 1000.0);
  const char *phase = nullptr;
  Feedback feedback(
    [pauseAt, &phase](double percent)
    {
      const char *now = phaseOf(percent);
      if (now != phase)
      {
        phase = now;
        say(now);
      }
      if (percent >= pauseAt)
      {
        say("PAUSED");
        std::this_thread::sleep_for(std::chrono::seconds(60));
      }
    });
  const auto done = (*store)->insertBatch(incidents, {}, &feedback);
  std::printf("DONE %s\n", done ? "ok" : done.error().toString().toLocal8Bit().constData());
  return done ? 0 : 1;
}
