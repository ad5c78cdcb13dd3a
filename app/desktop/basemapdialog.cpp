#include "basemapdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace lagesbild
{
namespace
{
QString kindText(const BaseMapSource &source)
{
  switch (source.kind)
  {
  case BaseMapKind::Xyz:
    return BaseMapDialog::tr("XYZ tiles");
  case BaseMapKind::Wmts:
    return BaseMapDialog::tr("WMTS");
  case BaseMapKind::Wms:
    return BaseMapDialog::tr("WMS");
  case BaseMapKind::RasterFile:
    return BaseMapDialog::tr("raster file, offline");
  case BaseMapKind::VectorTiles:
    return BaseMapDialog::tr("vector tiles, offline");
  case BaseMapKind::VectorFile:
    return BaseMapDialog::tr("vector file, offline");
  }
  return QString();
}
} // namespace

BaseMapDialog::BaseMapDialog(const BaseMapSettings &settings, QWidget *parent) : QDialog(parent), mSettings(settings)
{
  setWindowTitle(tr("Base map"));
  setObjectName(QStringLiteral("baseMapDialog"));
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("The base map is kept in the store: everyone who opens it sees the same map. "
                                  "Sources higher in the list are drawn over lower ones."),
                               this));
  auto *middle = new QHBoxLayout;
  mList = new QListWidget(this);
  mList->setObjectName(QStringLiteral("baseMapList"));
  middle->addWidget(mList, 1);
  auto *buttons = new QVBoxLayout;
  auto addButton = [this, buttons](const QString &text, const char *name, auto slot)
  {
    auto *button = new QPushButton(text, this);
    button->setObjectName(QString::fromLatin1(name));
    connect(button, &QPushButton::clicked, this, slot);
    buttons->addWidget(button);
    return button;
  };
  addButton(tr("Add OpenStreetMap"), "addOsm", &BaseMapDialog::addOpenStreetMap);
  addButton(tr("Add Lantmäteriet topographic map…"), "addLantmateriet", &BaseMapDialog::addLantmateriet);
  addButton(tr("Add WMS/WMTS/XYZ service…"), "addService", &BaseMapDialog::addService);
  addButton(tr("Add offline file…"), "addFile", &BaseMapDialog::addFile);
  buttons->addSpacing(12);
  addButton(tr("Up"), "moveUp", [this]() { move(-1); });
  addButton(tr("Down"), "moveDown", [this]() { move(1); });
  addButton(tr("Remove"), "remove", &BaseMapDialog::removeCurrent);
  buttons->addStretch();
  middle->addLayout(buttons);
  layout->addLayout(middle);

  auto *opacityRow = new QHBoxLayout;
  opacityRow->addWidget(new QLabel(tr("Opacity:"), this));
  mOpacity = new QSlider(Qt::Horizontal, this);
  mOpacity->setObjectName(QStringLiteral("opacitySlider"));
  mOpacity->setRange(0, 100);
  opacityRow->addWidget(mOpacity, 1);
  mOpacityValue = new QLabel(this);
  opacityRow->addWidget(mOpacityValue);
  layout->addLayout(opacityRow);

  auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(box);

  connect(mList, &QListWidget::currentRowChanged, this, &BaseMapDialog::currentChanged);
  connect(mList, &QListWidget::itemChanged, this,
          [this](QListWidgetItem *item)
          {
            const int row = mList->row(item);
            if (!mFilling && row >= 0 && static_cast<std::size_t>(row) < mSettings.sources.size())
              mSettings.sources[static_cast<std::size_t>(row)].visible = item->checkState() == Qt::Checked;
          });
  connect(mOpacity, &QSlider::valueChanged, this,
          [this](int value)
          {
            mOpacityValue->setText(QStringLiteral("%1 %").arg(value));
            const int row = mList->currentRow();
            if (!mFilling && row >= 0 && static_cast<std::size_t>(row) < mSettings.sources.size())
              mSettings.sources[static_cast<std::size_t>(row)].opacity = value / 100.0;
          });
  refill(mSettings.sources.empty() ? -1 : 0);
  resize(640, 380);
}

void BaseMapDialog::refill(int current)
{
  mFilling = true;
  mList->clear();
  for (const BaseMapSource &source : mSettings.sources)
  {
    auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(source.name, kindText(source)), mList);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(source.visible ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(source.location);
  }
  mFilling = false;
  mList->setCurrentRow(current);
  currentChanged(current);
}

void BaseMapDialog::currentChanged(int row)
{
  const bool valid = row >= 0 && static_cast<std::size_t>(row) < mSettings.sources.size();
  mOpacity->setEnabled(valid);
  mFilling = true;
  mOpacity->setValue(valid ? static_cast<int>(std::lround(mSettings.sources[static_cast<std::size_t>(row)].opacity * 100.0)) : 100);
  mOpacityValue->setText(QStringLiteral("%1 %").arg(mOpacity->value()));
  mFilling = false;
}

void BaseMapDialog::addSource(const BaseMapSource &source)
{
  mSettings.sources.insert(mSettings.sources.begin(), source);
  refill(0);
}

void BaseMapDialog::addOpenStreetMap()
{
  addSource(BaseMapSource::openStreetMap());
}

void BaseMapDialog::addLantmateriet()
{
  bool ok = false;
  const QString key = QInputDialog::getText(this, tr("Lantmäteriet topographic map"),
                                            tr("Lantmäteriet's open topographic web map needs an API key, free of charge from "
                                               "Lantmäteriet's API portal. Key:"),
                                            QLineEdit::Normal, QString(), &ok);
  if (ok && !key.trimmed().isEmpty())
    addSource(BaseMapSource::lantmaterietTopographic(key));
}

void BaseMapDialog::addService()
{
  bool ok = false;
  const QString text = QInputDialog::getText(this, tr("Add map service"),
                                             tr("An XYZ tile URL with {x} {y} {z}, a WMS/WMTS address, or a QGIS data-source URI:"),
                                             QLineEdit::Normal, QString(), &ok);
  if (!ok || text.trimmed().isEmpty())
    return;
  auto source = BaseMapSource::fromServiceText(text);
  if (!source)
  {
    const QString layer =
      QInputDialog::getText(this, tr("Add map service"), tr("The name of the layer to show:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
      return;
    source = BaseMapSource::fromServiceText(text, layer.trimmed());
  }
  if (!source)
  {
    QMessageBox::information(this, tr("Add map service"), tr("This is not an XYZ, WMS or WMTS address."));
    return;
  }
  addSource(*source);
}

void BaseMapDialog::addFile()
{
  const QString path = QFileDialog::getOpenFileName(this, tr("Offline base map"), QString(),
                                                    tr("Maps (*.gpkg *.mbtiles *.tif *.tiff *.shp *.geojson *.vrt);;All files (*)"));
  if (path.isEmpty())
    return;
  bool vectorTiles = false;
  if (path.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive))
    vectorTiles =
      QMessageBox::question(this, tr("Offline base map"), tr("Does the file hold vector tiles (not images)?")) == QMessageBox::Yes;
  const auto source = BaseMapSource::fromFile(path, vectorTiles);
  if (!source)
  {
    QMessageBox::information(this, tr("Offline base map"), tr("Lägesbild cannot use %1 as a base map.").arg(path));
    return;
  }
  addSource(*source);
}

void BaseMapDialog::move(int delta)
{
  const int row = mList->currentRow();
  const int target = row + delta;
  if (row < 0 || target < 0 || static_cast<std::size_t>(target) >= mSettings.sources.size())
    return;
  std::swap(mSettings.sources[static_cast<std::size_t>(row)], mSettings.sources[static_cast<std::size_t>(target)]);
  refill(target);
}

void BaseMapDialog::removeCurrent()
{
  const int row = mList->currentRow();
  if (row < 0 || static_cast<std::size_t>(row) >= mSettings.sources.size())
    return;
  mSettings.sources.erase(mSettings.sources.begin() + row);
  refill(std::min(row, static_cast<int>(mSettings.sources.size()) - 1));
}

} // namespace lagesbild
