// TimeSlider: steps through the weeks or months of the selected period so the coordinator can
// watch the map change, with play/pause. Emits the window to show, or none when switched off.
#pragma once

#include "time/daterange.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace lagesbild
{

class TimeSlider : public QWidget
{
    Q_OBJECT

  public:
    explicit TimeSlider(QWidget *parent = nullptr);

    //! The period to step through (the filter's period, or the data's span).
    void setPeriod(const DateRange &period);
    //! The window shown now, when the slider is on.
    std::optional<DateRange> currentWindow() const;

    //! Windows of the period: ISO weeks (Monday–Sunday) or calendar months, clipped to it.
    static std::vector<DateRange> windows(const DateRange &period, bool months);

    void setActive(bool active);
    void step(int delta);

  Q_SIGNALS:
    void windowChanged();

  private:
    void rebuild();
    void updateLabel();

    DateRange mPeriod;
    std::vector<DateRange> mWindows;
    QCheckBox *mActive = nullptr;
    QComboBox *mStep = nullptr;
    QSlider *mSlider = nullptr;
    QToolButton *mPlay = nullptr;
    QLabel *mLabel = nullptr;
    QTimer *mTimer = nullptr;
};

} // namespace lagesbild
