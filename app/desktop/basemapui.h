// BaseMapUi: the window's base map in one piece, attached to the main window with a small hook —
// the BaseMapController of its project, the "Bakgrundskarta…" menu entry and dialog, the status
// bar's scale, coordinates and base-map name (MapStatusBar), failures as one status message, and
// readable labels (ReadableLabels) on the areas and interventions layers as they are added.
#pragma once

#include <QObject>

class QMainWindow;
class QMenu;
class QgsMapCanvas;
class QgsMapLayer;
class QgsProject;

namespace lagesbild
{

class BaseMapController;
class MapStatusBar;

class BaseMapUi : public QObject
{
    Q_OBJECT

  public:
    BaseMapUi(QMainWindow *window, QgsMapCanvas *canvas, QgsProject *project);

    //! Adds "Base map…" to menu.
    void addMenuEntry(QMenu *menu);
    //! Shows the base map of the store just opened at path.
    void storeOpened(const QString &path);
    //! Opens the base-map dialog and applies (and keeps) the choice.
    void choose();

    BaseMapController *controller() const { return mController; }
    MapStatusBar *statusWidget() const { return mStatus; }
    //! The last status message this class showed (for tests).
    QString lastMessage() const { return mLastMessage; }

  private:
    void layersAdded(const QList<QgsMapLayer *> &layers);

    QMainWindow *mWindow = nullptr;
    QgsMapCanvas *mCanvas = nullptr;
    QgsProject *mProject = nullptr;
    BaseMapController *mController = nullptr;
    MapStatusBar *mStatus = nullptr;
    QString mLastMessage;
};

} // namespace lagesbild
