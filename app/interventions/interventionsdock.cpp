#include "interventionsdock.h"

#include "desktop/mainwindow.h"
#include "interventionspanel.h"

#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDockWidget>
#include <QScrollArea>

#include <algorithm>

namespace lagesbild
{

InterventionsPanel *InterventionsDock::addTo(MainWindow &window)
{
  auto *dock = new QDockWidget(QCoreApplication::translate("InterventionsDock", "Interventions"), &window);
  dock->setObjectName(QStringLiteral("interventionsDock"));
  auto *panel = new InterventionsPanel(window.session(), window.mapCanvas(), window.project(), dock);
  panel->setSelectedIncidentsProvider(
    [&window]()
    {
      std::vector<std::int64_t> ids;
      if (QgsVectorLayer *layer = window.incidentLayer())
      {
        const QgsFeatureIds selected = layer->selectedFeatureIds();
        ids.assign(selected.cbegin(), selected.cend());
        std::sort(ids.begin(), ids.end());
      }
      return ids;
    });
  // Scrolls rather than forcing the window taller than a laptop's screen.
  auto *scroll = new QScrollArea(dock);
  scroll->setWidget(panel);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  dock->setWidget(scroll);
  window.addDockWidget(Qt::RightDockWidgetArea, dock);
  if (auto *filterDock = window.findChild<QDockWidget *>(QStringLiteral("filterDock")))
    window.tabifyDockWidget(filterDock, dock);
  return panel;
}

} // namespace lagesbild
