// IncidentForm: the dialog for a new report (after a click on the map, or typed coordinates)
// and for editing one — category, kind, time or time window, source, place, description —
// validated before anything reaches the store (required fields, no future times, personal
// identity numbers masked as on import).
#pragma once

#include "geocoding/geocoder.h"
#include "model/incident.h"
#include "model/reference.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lagesbild
{
class AddressPlacer;

class IncidentForm : public QDialog
{
    Q_OBJECT

  public:
    //! exec()'s result when the user asked to pick the point on the map: the form has stepped
    //! aside (hidden) so the map is visible; the caller lets the user click, calls setPoint and
    //! opens the form again.
    static constexpr int PickOnMap = 2;

    IncidentForm(const std::vector<Category> &categories, const std::vector<Source> &sources, QWidget *parent = nullptr);

    //! Fills the form from an incident (for editing) or from a clicked point (id 0).
    void setIncident(const Incident &incident);
    //! An address or place typed into the form places the point from this register.
    void setPlaces(std::shared_ptr<const geocoding::Geocoder> places);
    //! Shows the "pick on the map" button (when the window has a map to pick on).
    void setPickOnMapAvailable(bool available);
    //! Moves the point (SWEREF 99 TM), e.g. to where the user clicked on the map.
    void setPoint(double x, double y);
    //! The incident as entered (valid only after the dialog was accepted).
    Incident incident() const;

    //! Empty when the form is valid, otherwise what to correct (one line per problem).
    QString validationProblems() const;

    void accept() override;

  private:
    void updateCategories();

    std::vector<Category> mCategories;
    Incident mIncident;
    QComboBox *mKind = nullptr;
    QComboBox *mCategory = nullptr;
    QComboBox *mSource = nullptr;
    QDateTimeEdit *mFrom = nullptr;
    QCheckBox *mHasWindow = nullptr;
    QDateTimeEdit *mTo = nullptr;
    QDoubleSpinBox *mX = nullptr;
    QDoubleSpinBox *mY = nullptr;
    QLineEdit *mAddress = nullptr;
    QPlainTextEdit *mDescription = nullptr;
    QLabel *mProblems = nullptr;
    QLabel *mPlaceQuality = nullptr;
    QPushButton *mPickOnMap = nullptr;
    AddressPlacer *mPlacer = nullptr;
};

} // namespace lagesbild
