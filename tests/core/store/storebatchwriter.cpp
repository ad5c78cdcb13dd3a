// storebatchwriter: a helper process for the kill-mid-batch test. It inserts a batch of
// synthetic incidents into STORE and, depending on MODE, stops inside the transaction and
// says so on stdout ("PAUSED") so the test can kill it with SIGKILL at a known point:
//   rows   — halfway through writing the rows
//   index  — after the rows, while the R-tree insert trigger is dropped for the packed rebuild
//   none   — never pauses (the test kills it after a delay)
#include "storetestsupport.h"

#include "store/incidentstore.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace lagesbild;

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
  auto store = IncidentStore::open(path);
  if (!store)
  {
    std::fprintf(stderr, "%s\n", store.error().toString().toLocal8Bit().constData());
    return 1;
  }
  const auto incidents = storetest::syntheticIncidents(count, 4242, QStringLiteral("killed"));
  const double pauseAt = mode == "rows" ? 45.0 : (mode == "index" ? 90.0 : 1000.0);
  Feedback feedback(
    [pauseAt](double percent)
    {
      if (percent >= pauseAt)
      {
        std::printf("PAUSED\n");
        std::fflush(stdout);
        std::this_thread::sleep_for(std::chrono::seconds(60));
      }
    });
  std::printf("STARTED\n");
  std::fflush(stdout);
  const auto done = (*store)->insertBatch(incidents, {}, &feedback);
  std::printf("DONE %s\n", done ? "ok" : done.error().toString().toLocal8Bit().constData());
  return done ? 0 : 1;
}
