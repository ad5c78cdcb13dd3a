#include "interventionspanel.h"

#include "common/systemuser.h"
#include "followuppanel.h"
#include "interventionform.h"
#include "model/interventiontypes.h"
#include "session/storesession.h"
#include "time/daterange.h"
#include "time/stockholmtime.h"
#include "treatedareaslayer.h"

#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsrubberband.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lagesbild
{
namespace
{
enum Column
{
  Type,
  Title,
  Period,
  Status,
  ColumnCount,
};

constexpr int kIdRole = Qt::UserRole;
constexpr int kListRows = 6;

QString storeTableOf(const QgsMapLayer *layer)
{
  return QgsProviderRegistry::instance()->decodeUri(layer->providerType(), layer->source()).value(QStringLiteral("layerName")).toString();
}
} // namespace

InterventionsPanel::InterventionsPanel(StoreSession *session, QgsMapCanvas *canvas, QgsProject *project, QWidget *parent)
  : QWidget(parent), mSession(session), mCanvas(canvas), mProject(project)
{
  // The signals carry std::int64_t ids, also across queued connections.
  qRegisterMetaType<std::int64_t>("std::int64_t");
  mTable = new QTableWidget(0, ColumnCount, this);
  mTable->setHorizontalHeaderLabels({tr("Type"), tr("Title"), tr("Period"), tr("Status")});
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setSelectionMode(QAbstractItemView::SingleSelection);
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->verticalHeader()->hide();
  mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mTable->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
  connect(mTable, &QTableWidget::itemSelectionChanged, this, &InterventionsPanel::selectionChanged);
  connect(mTable, &QTableWidget::cellDoubleClicked, this, [this]() { editSelected(); });

  mNew = new QPushButton(tr("New…"), this);
  mEdit = new QPushButton(tr("Edit…"), this);
  mClose = new QPushButton(tr("Close"), this);
  mClose->setToolTip(tr("Mark the intervention as ended; it stays for follow-up"));
  mDelete = new QPushButton(tr("Delete"), this);
  connect(mNew, &QPushButton::clicked, this, [this]() { newIntervention(); });
  connect(mEdit, &QPushButton::clicked, this, [this]() { editSelected(); });
  connect(mClose, &QPushButton::clicked, this, &InterventionsPanel::closeSelected);
  connect(mDelete, &QPushButton::clicked, this, &InterventionsPanel::deleteSelected);
  mZoom = new QPushButton(tr("Zoom to"), this);
  mZoom->setToolTip(tr("Show the treated area and its buffer on the map"));
  mZoom->setEnabled(false);
  connect(mZoom, &QPushButton::clicked, this, &InterventionsPanel::zoomToSelected);
  // Two rows of buttons: the panel fits a narrow side column.
  auto *buttons = new QGridLayout;
  buttons->addWidget(mNew, 0, 0);
  buttons->addWidget(mEdit, 0, 1);
  buttons->addWidget(mZoom, 0, 2);
  buttons->addWidget(mClose, 1, 0);
  buttons->addWidget(mDelete, 1, 1);

  auto *listBox = new QWidget(this);
  auto *listLayout = new QVBoxLayout(listBox);
  listLayout->setContentsMargins(0, 0, 0, 0);
  listLayout->addWidget(mTable);
  listLayout->addLayout(buttons);

  mFollowUp = new FollowUpPanel(session, this);
  connect(mFollowUp, &FollowUpPanel::addToReportRequested, this, &InterventionsPanel::addToReportRequested);
  connect(mFollowUp, &FollowUpPanel::evaluated, this, &InterventionsPanel::showBufferOnMap);

  auto *splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(listBox);
  splitter->addWidget(mFollowUp);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  splitter->setChildrenCollapsible(false);
  // The list shows several interventions, not two: room for kListRows rows and its header.
  const int rowHeight = mTable->verticalHeader()->defaultSectionSize();
  mTable->setMinimumHeight(mTable->horizontalHeader()->sizeHint().height() + kListRows * rowHeight + 2 * mTable->frameWidth());
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(splitter);

  if (mProject)
    connect(mProject, &QgsProject::layersAdded, this, &InterventionsPanel::projectLayersAdded);
  // New, edited or imported incidents change the follow-up.
  if (mSession)
    connect(mSession, &StoreSession::incidentsChanged, this,
            [this]()
            {
              if (const Intervention *current = selected())
                mFollowUp->setIntervention(*current);
            });
  reload();
}

InterventionsPanel::~InterventionsPanel()
{
  delete mForm;
  // The rubber band belongs to the canvas's scene: remove it while the canvas is alive.
  if (!mCanvas)
    static_cast<void>(mBufferBand.release());
}

void InterventionsPanel::setSelectedIncidentsProvider(std::function<std::vector<std::int64_t>()> provider)
{
  mSelectedIncidents = std::move(provider);
}

void InterventionsPanel::projectLayersAdded()
{
  // A store was opened (its layers replaced the project's): reload once the window has added them all.
  if (mReloadScheduled || (mAreasLayer && mSession && mSession->path() == mLoadedPath))
    return;
  mReloadScheduled = true;
  QTimer::singleShot(0, this,
                     [this]()
                     {
                       mReloadScheduled = false;
                       reload();
                     });
}

void InterventionsPanel::reload()
{
  const std::int64_t keep = selectedId();
  mInterventions.clear();
  const bool open = mSession && mSession->store();
  mLoadedPath = open ? mSession->path() : QString();
  if (open)
  {
    auto stored = mSession->store()->interventions();
    if (stored)
      mInterventions = std::move(*stored);
  }
  mNew->setEnabled(open);

  const QSignalBlocker blocker(mTable);
  mTable->setRowCount(0);
  mTable->setRowCount(static_cast<int>(mInterventions.size()));
  for (int row = 0; row < static_cast<int>(mInterventions.size()); ++row)
  {
    const Intervention &intervention = mInterventions[static_cast<std::size_t>(row)];
    auto *type = new QTableWidgetItem(InterventionTypes::name(intervention.type));
    type->setData(kIdRole, QVariant::fromValue<qlonglong>(intervention.id));
    mTable->setItem(row, Type, type);
    mTable->setItem(row, Title, new QTableWidgetItem(intervention.title));
    mTable->setItem(row, Period, new QTableWidgetItem(periodText(intervention)));
    mTable->setItem(row, Status, new QTableWidgetItem(statusText(intervention, QDate::currentDate())));
  }
  updateMapLayers();
  if (!keep || !selectIntervention(keep))
    selectionChanged();
}

QString InterventionsPanel::statusText(const Intervention &intervention, const QDate &today)
{
  // From its dates: an intervention whose end has passed is over even when nobody closed it.
  const StockholmTime &time = StockholmTime::instance();
  if (intervention.closed || (intervention.endUtc && time.localDate(*intervention.endUtc) < today))
    return tr("Closed");
  if (time.localDate(intervention.startUtc) > today)
    return tr("Planned");
  return tr("Active");
}

QString InterventionsPanel::periodText(const Intervention &intervention) const
{
  const StockholmTime &time = StockholmTime::instance();
  const QString start = time.localDate(intervention.startUtc).toString(Qt::ISODate);
  if (!intervention.endUtc)
    return tr("from %1").arg(start);
  return QStringLiteral("%1 – %2").arg(start, time.localDate(*intervention.endUtc).toString(Qt::ISODate));
}

void InterventionsPanel::raiseAboveOtherPolygons(QgsVectorLayer &layer)
{
  // The treated areas lie inside named areas: draw them above, still below points and lines.
  QgsLayerTreeGroup *root = mProject->layerTreeRoot();
  QgsLayerTreeLayer *node = root->findLayer(layer.id());
  if (!node)
    return;
  const QList<QgsLayerTreeNode *> children = node->parent()->children();
  const int current = children.indexOf(node);
  for (int i = 0; i < current; ++i)
  {
    auto *other = QgsLayerTree::isLayer(children[i]) ? QgsLayerTree::toLayer(children[i]) : nullptr;
    auto *vector = other ? qobject_cast<QgsVectorLayer *>(other->layer()) : nullptr;
    if (vector && vector->geometryType() == QgsWkbTypes::PolygonGeometry)
    {
      QgsLayerTreeGroup *parent = qobject_cast<QgsLayerTreeGroup *>(node->parent());
      if (!parent)
        return;
      QgsLayerTreeNode *moved = node->clone();
      parent->insertChildNode(i, moved);
      parent->removeChildNode(node);
      return;
    }
  }
}

void InterventionsPanel::updateMapLayers()
{
  if (!mProject)
    return;
  // The store's own interventions layer reads the table again. A store of schema 3 or later
  // keeps the treated area as the row's polygon, so that layer draws the areas itself; an
  // older store keeps a point, and a memory layer draws the areas over it.
  QgsVectorLayer *storeLayer = nullptr;
  const QMap<QString, QgsMapLayer *> layers = mProject->mapLayers();
  for (QgsMapLayer *layer : layers)
  {
    auto *vector = qobject_cast<QgsVectorLayer *>(layer);
    if (vector && vector != mTreatedAreas && storeTableOf(vector) == QLatin1String("interventions"))
    {
      storeLayer = vector;
      vector->dataProvider()->reloadData();
      vector->updateExtents();
      vector->triggerRepaint();
    }
  }
  if (storeLayer && storeLayer->geometryType() == QgsWkbTypes::PolygonGeometry)
  {
    if (mTreatedAreas)
      mProject->removeMapLayer(mTreatedAreas);
    if (mAreasLayer != storeLayer)
    {
      TreatedAreasLayer::applyStyle(*storeLayer);
      raiseAboveOtherPolygons(*storeLayer);
    }
    mAreasLayer = storeLayer;
    return;
  }

  if (!mTreatedAreas && mSession && mSession->store())
  {
    mTreatedAreas = TreatedAreasLayer::create();
    mProject->addMapLayer(mTreatedAreas, false);
    // Above the named areas, below points and lines.
    QgsLayerTreeGroup *root = mProject->layerTreeRoot();
    int index = root->children().size();
    const QList<QgsLayerTreeNode *> children = root->children();
    for (int i = 0; i < children.size(); ++i)
    {
      auto *layerNode = QgsLayerTree::isLayer(children[i]) ? QgsLayerTree::toLayer(children[i]) : nullptr;
      auto *vector = layerNode ? qobject_cast<QgsVectorLayer *>(layerNode->layer()) : nullptr;
      if (vector && vector->geometryType() == QgsWkbTypes::PolygonGeometry)
      {
        index = i;
        break;
      }
    }
    root->insertLayer(index, mTreatedAreas);
  }
  if (mTreatedAreas)
    TreatedAreasLayer::fill(*mTreatedAreas, mInterventions, mSession ? mSession->areas() : std::vector<Area>());
  mAreasLayer = mTreatedAreas.data();
}

const Intervention *InterventionsPanel::selected() const
{
  const std::int64_t id = selectedId();
  for (const Intervention &intervention : mInterventions)
  {
    if (intervention.id == id)
      return &intervention;
  }
  return nullptr;
}

std::int64_t InterventionsPanel::selectedId() const
{
  const QList<QTableWidgetItem *> items = mTable->selectedItems();
  if (items.isEmpty())
    return 0;
  const QTableWidgetItem *first = mTable->item(items.constFirst()->row(), Type);
  return first ? first->data(kIdRole).toLongLong() : 0;
}

bool InterventionsPanel::selectIntervention(std::int64_t id)
{
  for (int row = 0; row < mTable->rowCount(); ++row)
  {
    if (mTable->item(row, Type)->data(kIdRole).toLongLong() == id)
    {
      mTable->selectRow(row);
      mTable->scrollToItem(mTable->item(row, Type));
      selectionChanged();
      return true;
    }
  }
  return false;
}

void InterventionsPanel::selectionChanged()
{
  const Intervention *current = selected();
  mEdit->setEnabled(current);
  mClose->setEnabled(current && !current->closed);
  mDelete->setEnabled(current);
  mZoom->setEnabled(current && mCanvas);
  if (mAreasLayer)
    TreatedAreasLayer::select(*mAreasLayer, current ? current->id : 0);
  if (!current)
  {
    mFollowUp->clear();
    mBufferBand.reset();
    return;
  }
  if (mFollowUp->interventionId() != current->id || !mFollowUp->evaluation())
    mFollowUp->setIntervention(*current);
}

InterventionForm *InterventionsPanel::openForm(const Intervention *existing)
{
  if (!mSession || !mSession->store())
    return nullptr;
  delete mForm;
  mForm = new InterventionForm(mSession, mCanvas, this);
  mForm->setWindowFlag(Qt::Window);
  mForm->setAttribute(Qt::WA_DeleteOnClose);
  if (existing)
    mForm->setIntervention(*existing);
  if (mSelectedIncidents)
    mForm->setSelectedIncidentsProvider(mSelectedIncidents);
  connect(mForm, &InterventionForm::saved, this, &InterventionsPanel::saved);
  mForm->show();
  return mForm;
}

InterventionForm *InterventionsPanel::newIntervention()
{
  return openForm(nullptr);
}

InterventionForm *InterventionsPanel::editSelected()
{
  const Intervention *current = selected();
  return current ? openForm(current) : nullptr;
}

void InterventionsPanel::saved(std::int64_t id)
{
  reload();
  selectIntervention(id);
  // The follow-up of an edited intervention is computed again.
  if (const Intervention *current = selected())
    mFollowUp->setIntervention(*current);
  emit interventionsChanged();
}

void InterventionsPanel::closeSelected()
{
  const Intervention *current = selected();
  if (!current || current->closed)
    return;
  Intervention closed = *current;
  closed.closed = true;
  if (!closed.endUtc)
  {
    // Closing an open-ended intervention ends it today.
    const QDate today = StockholmTime::instance().localDate(QDateTime::currentSecsSinceEpoch());
    closed.endUtc = DateRange(today, today).endUtcExclusive() - 1;
  }
  const auto updated = mSession->store()->updateIntervention(closed, SystemUser::name());
  if (!updated)
  {
    QMessageBox::warning(this, tr("Close intervention"), tr("Could not close the intervention: %1").arg(updated.error().toString()));
    return;
  }
  saved(closed.id);
}

void InterventionsPanel::deleteSelected()
{
  const Intervention *current = selected();
  if (!current)
    return;
  const std::int64_t id = current->id;
  QMessageBox question(QMessageBox::Question, tr("Delete intervention"),
                       tr("Delete the intervention “%1”? Its follow-up can no longer be made. This cannot be undone.").arg(current->title),
                       QMessageBox::Yes | QMessageBox::Cancel, this);
  question.setDefaultButton(QMessageBox::Cancel);
  if (question.exec() != QMessageBox::Yes)
    return;
  const auto deleted = mSession->store()->deleteIntervention(id, SystemUser::name());
  if (!deleted)
  {
    QMessageBox::warning(this, tr("Delete intervention"), tr("Could not delete the intervention: %1").arg(deleted.error().toString()));
    return;
  }
  mTable->clearSelection();
  reload();
  emit interventionsChanged();
}

void InterventionsPanel::showBufferOnMap()
{
  const Intervention *current = selected();
  if (!mCanvas || !current || !mSession)
  {
    mBufferBand.reset();
    return;
  }
  const QgsGeometry treated = TreatedAreasLayer::geometry(*current, mSession->areas());
  if (treated.isEmpty())
  {
    mBufferBand.reset();
    return;
  }
  if (!mBufferBand)
  {
    mBufferBand = std::make_unique<QgsRubberBand>(mCanvas, QgsWkbTypes::PolygonGeometry);
    mBufferBand->setStrokeColor(QColor(106, 61, 154));
    mBufferBand->setFillColor(Qt::transparent);
    mBufferBand->setLineStyle(Qt::DashLine);
    mBufferBand->setWidth(2);
  }
  const double width = mFollowUp->options().bufferWidth;
  mBufferBand->setToGeometry(treated.buffer(width, 24), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3006")));
}

void InterventionsPanel::zoomToSelected()
{
  const Intervention *current = selected();
  if (!mCanvas || !current || !mSession)
    return;
  const QgsGeometry treated = TreatedAreasLayer::geometry(*current, mSession->areas());
  if (treated.isEmpty())
    return;
  QgsRectangle extent = treated.buffer(mFollowUp->options().bufferWidth, 8).boundingBox();
  const QgsCoordinateReferenceSystem storeCrs(QStringLiteral("EPSG:3006"));
  const QgsCoordinateReferenceSystem canvasCrs = mCanvas->mapSettings().destinationCrs();
  if (canvasCrs.isValid() && canvasCrs != storeCrs)
  {
    try
    {
      extent = QgsCoordinateTransform(storeCrs, canvasCrs, mCanvas->mapSettings().transformContext()).transformBoundingBox(extent);
    }
    catch (const QgsCsException &)
    {
      return;
    }
  }
  extent.scale(1.3);
  mCanvas->setExtent(extent);
  mCanvas->refresh();
}

} // namespace lagesbild
