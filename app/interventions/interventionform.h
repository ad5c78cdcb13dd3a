// InterventionForm: registers or edits one intervention (insats) — type, title, the place (a
// point with a radius picked on the map or typed, a polygon drawn on the map, or a named area),
// start and optional end, actors, the incidents that triggered it and notes. Accepting checks
// the input (messages in the form) and saves through the store with the user name for the
// audit row; the form is not modal, so the map stays usable for picking and drawing.
#pragma once

#include "model/reference.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QgsMapCanvas;
class QgsPointXY;
class QgsMapTool;

namespace lagesbild
{

class PolygonMapTool;
class StoreSession;

class InterventionForm : public QDialog
{
    Q_OBJECT

  public:
    //! How the place is given (the order of the place selector).
    enum class PlaceMode
    {
      PointRadius,
      Polygon,
      Area,
    };

    //! canvas may be nullptr (then picking and drawing on the map are off).
    InterventionForm(StoreSession *session, QgsMapCanvas *canvas, QWidget *parent = nullptr);
    ~InterventionForm() override;

    //! Fills the form from a stored intervention; accepting then updates it.
    void setIntervention(const Intervention &intervention);
    //! The intervention as the form now describes it (id 0 for a new one).
    Intervention intervention() const;
    //! Where "Use selected incidents" takes the ids from (e.g. the incidents selected on the map).
    void setSelectedIncidentsProvider(std::function<std::vector<std::int64_t>()> provider);

    //! What is wrong with the input, in words; empty when it can be saved.
    QString validationError() const;
    //! The message shown after a failed accept.
    QString errorText() const;

    void setPlaceMode(PlaceMode mode);
    //! The drawn polygon (outer ring first), in EPSG:3006.
    void setPolygon(const std::vector<Ring> &rings);
    //! Sets the point (EPSG:3006) as a click on the map does.
    void setPoint(const PointXY &point);

    QComboBox *typeBox() const { return mType; }
    QLineEdit *titleEdit() const { return mTitle; }
    QDoubleSpinBox *xSpin() const { return mX; }
    QDoubleSpinBox *ySpin() const { return mY; }
    QDoubleSpinBox *radiusSpin() const { return mRadius; }
    QComboBox *areaBox() const { return mArea; }
    QDateEdit *startEdit() const { return mStart; }
    QCheckBox *hasEndBox() const { return mHasEnd; }
    QDateEdit *endEdit() const { return mEnd; }
    QPlainTextEdit *actorsEdit() const { return mActors; }
    QLineEdit *triggerEdit() const { return mTriggers; }
    QPlainTextEdit *noteEdit() const { return mNote; }

  public Q_SLOTS:
    //! Checks and saves; stays open with a message when the input is wrong or saving fails.
    void accept() override;

  Q_SIGNALS:
    //! The intervention was written to the store.
    void saved(std::int64_t id);

  protected:
    void closeEvent(QCloseEvent *event) override;

  private:
    void placeAtMapCentre();
    QWidget *buildPlacePage();
    void pickPointOnMap();
    void drawPolygonOnMap();
    void useSelectedIncidents();
    void restoreMapTool();
    void updatePolygonLabel();
    std::vector<std::int64_t> triggerIds(bool *ok) const;
    PointXY toStoreCrs(const QgsPointXY &mapPoint) const;

    StoreSession *mSession = nullptr;
    QPointer<QgsMapCanvas> mCanvas;
    std::int64_t mId = 0;
    bool mClosed = false;
    std::vector<Ring> mPolygon;
    std::function<std::vector<std::int64_t>()> mSelectedIncidents;

    QComboBox *mType = nullptr;
    QLineEdit *mTitle = nullptr;
    QComboBox *mPlaceMode = nullptr;
    QStackedWidget *mPlacePages = nullptr;
    QDoubleSpinBox *mX = nullptr;
    QDoubleSpinBox *mY = nullptr;
    QDoubleSpinBox *mRadius = nullptr;
    QLabel *mPolygonLabel = nullptr;
    QComboBox *mArea = nullptr;
    QDateEdit *mStart = nullptr;
    QCheckBox *mHasEnd = nullptr;
    QDateEdit *mEnd = nullptr;
    QPlainTextEdit *mActors = nullptr;
    QLineEdit *mTriggers = nullptr;
    QPushButton *mUseSelected = nullptr;
    QPlainTextEdit *mNote = nullptr;
    QLabel *mError = nullptr;

    PolygonMapTool *mPolygonTool = nullptr;
    QPointer<QgsMapTool> mPreviousTool;
    bool mSteppedAside = false; //!< hidden while a polygon is drawn on the map
};

} // namespace lagesbild
