// The window on a store it cannot write (a colleague's file on a read-only share): the store
// opens, the title and the status bar say it is read-only, the map and counts work, and an
// attempt to save a report is refused with a message saying why.
#include "desktop/mainwindow.h"
#include "readonlyfiles.h"
#include "session/storesession.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>

#include <QStatusBar>
#include <QTemporaryDir>

using namespace lagesbild;

TEST_CASE("A store on a read-only share opens in the window, which says it is read-only", "[app][ui][readonly]")
{
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  QString path;
  {
    auto store = storetest::makeStore(dir, QStringLiteral("shared.gpkg"));
    REQUIRE(store);
    path = store->location();
    REQUIRE(store->insertBatch(storetest::syntheticIncidents(120), {}));
  }
  testsupport::ReadOnlyFiles readOnly(dir.path(), {path});
  testsupport::NobodyFileAccess nobody;
  MainWindow window;
  REQUIRE(window.openStore(path));
  CHECK(window.session()->isReadOnly());
  CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
  CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")));
  CHECK(window.session()->store()->count(IncidentFilter::all()).value() == 120);

  const auto added = window.session()->addIncident(storetest::syntheticIncidents(1, 3, QStringLiteral("new")).front());
  REQUIRE_FALSE(added.ok());
  CHECK(added.error().message.contains(QStringLiteral("read-only")));
  CHECK(window.session()->store()->count(IncidentFilter::all()).value() == 120);
}
