// BaseMapController: the base map of the open store in the window's project — loads the store's
// choice (BaseMapSettings) when a store opens, rebuilds the layers when the user changes it (and
// keeps the change in the store), and turns tile failures (offline, 403, a timeout) into one
// Swedish status message per source instead of a dialog per tile. The rest of the map draws as
// usual: QGIS renders the layers in parallel and a failing tile source only leaves its own gap.
#pragma once

#include "basemap/basemapsettings.h"

#include <qgis.h>

#include <QObject>
#include <QPointer>
#include <QSet>

class QgsLayerTreeGroup;
class QgsMapLayer;
class QgsNetworkReplyContent;
class QgsProject;

namespace lagesbild
{

class BaseMapController : public QObject
{
    Q_OBJECT

  public:
    BaseMapController(QgsProject *project, QObject *parent = nullptr);

    //! Shows the base map kept in the store at path (none when it has none, or path is empty).
    void openStore(const QString &storePath);
    //! Replaces the base map and keeps it in the open store (a message when it cannot be saved).
    void setSettings(const BaseMapSettings &settings);
    const BaseMapSettings &settings() const { return mSettings; }
    QString storePath() const { return mStorePath; }

    //! The names of the visible sources ("Demokarta", "OpenStreetMap"), for the status bar; a
    //! source that failed is marked ("OpenStreetMap (not loaded)").
    QString currentName() const;
    //! True when a visible source has failed since the base map was last built.
    bool hasFailure() const { return !mReported.isEmpty(); }
    //! The layer-tree group of the base map (nullptr when there is none).
    QgsLayerTreeGroup *group() const;

  public Q_SLOTS:
    //! A layer failed while rendering (QgsMapCanvas::renderErrorOccurred): says so once per source.
    void handleRenderError(const QString &error, QgsMapLayer *layer);
    //! A message of QGIS's log: a failed request to a base-map server says so once per source.
    void handleLogMessage(const QString &message, const QString &tag, Qgis::MessageLevel level);
    //! A finished request of QGIS's network manager (any thread): a failed tile says so once per source.
    void handleNetworkReply(const QgsNetworkReplyContent &reply);

  Q_SIGNALS:
    //! A message for the status bar (a failure, in the UI language).
    void message(const QString &text);
    //! The base map changed (other sources, order or opacity).
    void changed();
    //! A source failed (after message): currentName() now marks it.
    void failed();

  private:
    //! The store's base map choice: in a GeoPackage itself, for a server store in this user's settings.
    static Result<BaseMapSettings> readSettings(const QString &storePath);
    static Result<void> writeSettings(const QString &storePath, const BaseMapSettings &settings);
    static QString serverSettingsKey(const QString &storePath);
    //! "host" or "host:port" of an online source's server.
    static QString serverOf(const BaseMapSource &source);
    void rebuild();
    //! Reports reason for every visible online source whose server text names (a URL or a message).
    void reportServerFailure(const QString &text, const QString &reason);
    void reportOnce(int sourceIndex, const QString &reason);

    QgsProject *mProject = nullptr;
    QString mStorePath;
    BaseMapSettings mSettings;
    QSet<int> mReported;
};

} // namespace lagesbild
