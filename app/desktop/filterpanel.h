// FilterPanel: the one filter that drives the map, the table and the analysis — period (with
// presets), kind, categories (tree with search), sources, areas, hours of day and weekdays —
// with the number of matching incidents always visible.
#pragma once

#include "model/incidentfilter.h"
#include "model/reference.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lagesbild
{

class FilterPanel : public QWidget
{
    Q_OBJECT

  public:
    explicit FilterPanel(QWidget *parent = nullptr);

    //! Fills the lists from the store's reference data; keeps what was checked where possible.
    void setReferenceData(const std::vector<Category> &categories, const std::vector<Source> &sources, const std::vector<Area> &areas);
    //! The full span of the data, used by "All" and to bound the date editors.
    void setDataSpan(const QDate &first, const QDate &last);

    IncidentFilter filter() const;
    //! Sets the controls from a filter (used when restoring settings and by the analysis pane).
    void setFilter(const IncidentFilter &filter);

    //! Checks exactly these categories (all when empty) and applies the filter at once: "only
    //! this one" from the category list's menu or the map legend.
    void showOnlyCategories(const QStringList &codes);
    //! Codes of the categories in the list (checked ones only, or all).
    QStringList categoryCodes(bool checkedOnly) const;

    //! Shows the number of incidents that match.
    void setMatchCount(qint64 count);

    //! Saves and restores the controls in QSettings.
    void saveSettings() const;
    void restoreSettings();

  Q_SIGNALS:
    //! Emitted shortly after the user stops changing controls.
    void filterChanged();

  private:
    void applyPreset(int index);
    void scheduleChange();
    void filterCategoryTree(const QString &text);
    void showCategoryMenu(const QPoint &position);
    QWidget *buildPeriodGroup();
    QWidget *buildTimeOfDayGroup();

    QComboBox *mPreset = nullptr;
    QLabel *mPresetNote = nullptr; //!< which dates a preset chose, and from which day
    QDateEdit *mFrom = nullptr;
    QDateEdit *mTo = nullptr;
    QComboBox *mKind = nullptr;
    QLineEdit *mCategorySearch = nullptr;
    QTreeWidget *mCategories = nullptr;
    QListWidget *mSources = nullptr;
    QListWidget *mAreas = nullptr;
    QCheckBox *mLimitHours = nullptr;
    QSpinBox *mHourFrom = nullptr;
    QSpinBox *mHourTo = nullptr;
    std::vector<QToolButton *> mWeekdays;
    QLabel *mCount = nullptr;
    QTimer *mDebounce = nullptr;
    QDate mFirstDay;
    QDate mLastDay;
    bool mUpdating = false;
};

} // namespace lagesbild
