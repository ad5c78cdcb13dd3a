#include "basemapcontroller.h"

#include "store/incidentstore.h"

#include <QCryptographicHash>
#include <QSettings>

#include "basemaplayers.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsmaplayer.h>
#include <qgsmessagelog.h>
#include <qgsnetworkaccessmanager.h>
#include <qgsproject.h>

#include <QUrl>
#include <QUrlQuery>

namespace lagesbild
{
namespace
{
constexpr int kReasonLength = 160;
} // namespace

BaseMapController::BaseMapController(QgsProject *project, QObject *parent) : QObject(parent), mProject(project)
{
  // A tile server that does not answer is given up after QgisRuntime's network timeout (15 s).
  // Tile failures reach us three ways: as render errors of the layer (handleRenderError, from the
  // canvas), as failed replies of QGIS's network manager (QGIS 3.22's XYZ provider gives up a
  // refused tile without logging it; the main thread's manager repeats every thread's replies),
  // and in QGIS's message log naming the tile's URL (from any thread: queued to ours).
  connect(QgsApplication::messageLog(), qOverload<const QString &, const QString &, Qgis::MessageLevel>(&QgsMessageLog::messageReceived),
          this, &BaseMapController::handleLogMessage, Qt::QueuedConnection);
  connect(QgsNetworkAccessManager::instance(), qOverload<QgsNetworkReplyContent>(&QgsNetworkAccessManager::finished), this,
          &BaseMapController::handleNetworkReply, Qt::QueuedConnection);
}

QString BaseMapController::serverOf(const BaseMapSource &source)
{
  const QString url = source.kind == BaseMapKind::Xyz
                        ? source.location
                        : QUrlQuery(source.location).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded);
  const QUrl parsed(QString(url).replace(QLatin1Char('{'), QLatin1Char('_')).replace(QLatin1Char('}'), QLatin1Char('_')));
  return parsed.port() > 0 ? QStringLiteral("%1:%2").arg(parsed.host()).arg(parsed.port()) : parsed.host();
}

void BaseMapController::handleLogMessage(const QString &message, const QString &tag, Qgis::MessageLevel level)
{
  Q_UNUSED(tag)
  if (level != Qgis::MessageLevel::Warning && level != Qgis::MessageLevel::Critical)
    return;
  reportServerFailure(message, message);
}

void BaseMapController::handleNetworkReply(const QgsNetworkReplyContent &reply)
{
  if (reply.error() == QNetworkReply::NoError || reply.error() == QNetworkReply::OperationCanceledError)
    return;
  reportServerFailure(reply.request().url().toString(), reply.errorString());
}

void BaseMapController::reportServerFailure(const QString &text, const QString &reason)
{
  for (std::size_t index = 0; index < mSettings.sources.size(); ++index)
  {
    const BaseMapSource &source = mSettings.sources[index];
    if (!source.isOnline() || !source.visible)
      continue;
    const QString server = serverOf(source);
    if (!server.isEmpty() && text.contains(server))
      reportOnce(static_cast<int>(index), reason);
  }
}

Result<BaseMapSettings> BaseMapController::readSettings(const QString &storePath)
{
  if (!IncidentStore::isServerLocation(storePath))
    return BaseMapSettings::load(storePath);
  // A server store is shared by many desks, the base map files are on this one: the choice is
  // kept in this user's settings, per server store.
  const QByteArray json = QSettings().value(serverSettingsKey(storePath)).toByteArray();
  if (json.isEmpty())
    return BaseMapSettings();
  return BaseMapSettings::fromJson(json);
}

Result<void> BaseMapController::writeSettings(const QString &storePath, const BaseMapSettings &settings)
{
  if (!IncidentStore::isServerLocation(storePath))
    return BaseMapSettings::save(storePath, settings);
  QSettings().setValue(serverSettingsKey(storePath), settings.toJson());
  return {};
}

QString BaseMapController::serverSettingsKey(const QString &storePath)
{
  return QStringLiteral("basemap/server/") +
         QString::fromLatin1(QCryptographicHash::hash(storePath.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void BaseMapController::openStore(const QString &storePath)
{
  mStorePath = storePath;
  if (storePath.isEmpty())
  {
    mSettings = BaseMapSettings();
    rebuild();
    return;
  }
  const auto loaded = readSettings(storePath);
  if (!loaded)
  {
    mSettings = BaseMapSettings();
    rebuild();
    emit message(tr("The base map of the store could not be read: %1").arg(loaded.error().toString()));
    return;
  }
  mSettings = *loaded;
  rebuild();
}

void BaseMapController::setSettings(const BaseMapSettings &settings)
{
  mSettings = settings;
  if (!mStorePath.isEmpty())
  {
    if (const auto saved = writeSettings(mStorePath, settings); !saved)
      emit message(tr("The base map could not be kept in the store: %1").arg(saved.error().toString()));
  }
  rebuild();
}

QString BaseMapController::currentName() const
{
  QStringList names;
  for (std::size_t index = 0; index < mSettings.sources.size(); ++index)
  {
    const BaseMapSource &source = mSettings.sources[index];
    if (!source.visible)
      continue;
    names << (mReported.contains(static_cast<int>(index)) ? tr("%1 (not loaded)").arg(source.name) : source.name);
  }
  return names.join(QStringLiteral(", "));
}

QgsLayerTreeGroup *BaseMapController::group() const
{
  return mProject->layerTreeRoot()->findGroup(BaseMapLayers::groupName());
}

void BaseMapController::rebuild()
{
  // Out with the old base map: its layers and its group.
  QStringList old;
  for (QgsMapLayer *layer : mProject->mapLayers().values())
    if (BaseMapLayers::sourceIndexOf(layer) >= 0)
      old << layer->id();
  if (QgsLayerTreeGroup *existing = group())
    mProject->layerTreeRoot()->removeChildNode(existing);
  mProject->removeMapLayers(old);
  mReported.clear();

  QStringList errors;
  BaseMapLayers::addToProject(mProject, mSettings, &errors);
  for (const QString &error : std::as_const(errors))
    emit message(tr("The base map %1 could not be loaded; the map is drawn without it.").arg(error));
  emit changed();
}

void BaseMapController::handleRenderError(const QString &error, QgsMapLayer *layer)
{
  const int index = BaseMapLayers::sourceIndexOf(layer);
  if (index < 0 || static_cast<std::size_t>(index) >= mSettings.sources.size())
    return;
  reportOnce(index, error);
}

void BaseMapController::reportOnce(int sourceIndex, const QString &reason)
{
  if (mReported.contains(sourceIndex))
    return;
  mReported.insert(sourceIndex);
  QString shortReason = reason.simplified();
  if (shortReason.size() > kReasonLength)
    shortReason = shortReason.left(kReasonLength) + QStringLiteral("…");
  emit message(tr("The base map %1 could not be loaded (%2); the map is drawn without it.")
                 .arg(mSettings.sources[static_cast<std::size_t>(sourceIndex)].name, shortReason));
  emit failed();
}

} // namespace lagesbild
