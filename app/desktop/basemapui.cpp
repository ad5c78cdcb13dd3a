#include "basemapui.h"

#include "desktop/basemapdialog.h"
#include "desktop/mapstatusbar.h"
#include "map/basemapcontroller.h"
#include "map/readablelabels.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace lagesbild
{
namespace
{
constexpr int kMessageMs = 15000;

QString tableName(const QgsMapLayer *layer)
{
  return QgsProviderRegistry::instance()->decodeUri(layer->providerType(), layer->source()).value(QStringLiteral("layerName")).toString();
}
} // namespace

BaseMapUi::BaseMapUi(QMainWindow *window, QgsMapCanvas *canvas, QgsProject *project)
  : QObject(window), mWindow(window), mCanvas(canvas), mProject(project)
{
  mController = new BaseMapController(project, this);
  mStatus = new MapStatusBar(canvas, window);
  window->statusBar()->addPermanentWidget(mStatus);
  ReadableLabels::applyToProject(project);

  connect(mController, &BaseMapController::message, this,
          [this](const QString &text)
          {
            mLastMessage = text;
            mWindow->statusBar()->showMessage(text, kMessageMs);
          });
  connect(mController, &BaseMapController::changed, this,
          [this]()
          {
            mLastMessage.clear();
            mStatus->setBaseMapName(mController->currentName());
            mCanvas->refresh();
          });
  connect(mController, &BaseMapController::failed, this, [this]() { mStatus->setBaseMapName(mController->currentName(), mLastMessage); });
  connect(canvas, &QgsMapCanvas::renderErrorOccurred, mController, &BaseMapController::handleRenderError);
  connect(project, &QgsProject::layersAdded, this, &BaseMapUi::layersAdded);
}

void BaseMapUi::addMenuEntry(QMenu *menu)
{
  QAction *action = menu->addAction(tr("&Base map…"));
  action->setObjectName(QStringLiteral("baseMapAction"));
  connect(action, &QAction::triggered, this, &BaseMapUi::choose);
}

void BaseMapUi::storeOpened(const QString &path)
{
  ReadableLabels::applyToProject(mProject);
  mController->openStore(path);
}

void BaseMapUi::choose()
{
  BaseMapDialog dialog(mController->settings(), mWindow);
  if (dialog.exec() == QDialog::Accepted)
    mController->setSettings(dialog.settings());
}

void BaseMapUi::layersAdded(const QList<QgsMapLayer *> &layers)
{
  for (QgsMapLayer *layer : layers)
  {
    auto *vector = qobject_cast<QgsVectorLayer *>(layer);
    if (!vector || vector->geometryType() != QgsWkbTypes::PolygonGeometry)
      continue;
    const QString table = tableName(layer);
    const QgsFields fields = vector->fields();
    if (table == QLatin1String("areas"))
      ReadableLabels::applyToAreas(vector);
    else if (table == QLatin1String("interventions") ||
             (fields.indexOf(QStringLiteral("title")) >= 0 && fields.indexOf(QStringLiteral("type")) >= 0))
      ReadableLabels::applyToInterventions(vector);
  }
}

} // namespace lagesbild
