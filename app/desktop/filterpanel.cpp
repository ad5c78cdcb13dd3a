#include "filterpanel.h"

#include "dateedit.h"
#include "time/periodpresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lagesbild
{
namespace
{
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kPresetAll = 0;
constexpr int kPresetCustom = 1;
constexpr int kFirstPresetIndex = 2;
constexpr int kSamePeriodLastYear = -1;                 // item data: shifts the dates shown, then becomes "Custom"
const QString kNothing = QStringLiteral("__nothing__"); // a code no incident has: "none checked"

QStringList checkedCodes(const QListWidget *list, bool *all)
{
  QStringList codes;
  *all = true;
  for (int i = 0; i < list->count(); ++i)
  {
    const QListWidgetItem *item = list->item(i);
    if (item->checkState() == Qt::Checked)
      codes << item->data(kCodeRole).toString();
    else
      *all = false;
  }
  return codes;
}

void checkCodes(QListWidget *list, const QStringList &codes)
{
  for (int i = 0; i < list->count(); ++i)
  {
    QListWidgetItem *item = list->item(i);
    const bool checked = codes.isEmpty() || codes.contains(item->data(kCodeRole).toString());
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
  }
}
} // namespace

FilterPanel::FilterPanel(QWidget *parent) : QWidget(parent)
{
  mDebounce = new QTimer(this);
  mDebounce->setSingleShot(true);
  mDebounce->setInterval(250);
  connect(mDebounce, &QTimer::timeout, this, &FilterPanel::filterChanged);

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);

  mCount = new QLabel(this);
  mCount->setObjectName(QStringLiteral("matchCount"));
  QFont countFont = mCount->font();
  countFont.setBold(true);
  countFont.setPointSizeF(countFont.pointSizeF() * 1.2);
  mCount->setFont(countFont);
  layout->addWidget(mCount);

  layout->addWidget(buildPeriodGroup());

  mKind = new QComboBox(this);
  mKind->setObjectName(QStringLiteral("kind"));
  mKind->addItem(tr("Crimes and reports"), QString());
  mKind->addItem(tr("Reported crimes"), kindCode(IncidentKind::Crime));
  mKind->addItem(tr("Lägesbild reports"), kindCode(IncidentKind::Report));
  connect(mKind, qOverload<int>(&QComboBox::currentIndexChanged), this, &FilterPanel::scheduleChange);
  auto *kindForm = new QFormLayout;
  kindForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
  kindForm->addRow(tr("Kind"), mKind);
  layout->addLayout(kindForm);

  // Categories, sources and areas share one tabbed box: the panel stays narrow and short enough
  // for a dock beside the map.
  auto *lists = new QTabWidget(this);
  lists->setObjectName(QStringLiteral("filterLists"));
  lists->setDocumentMode(true);
  auto *categoryPage = new QWidget(lists);
  auto *categoryLayout = new QVBoxLayout(categoryPage);
  categoryLayout->setContentsMargins(0, 4, 0, 0);
  mCategorySearch = new QLineEdit(categoryPage);
  mCategorySearch->setPlaceholderText(tr("Search categories…"));
  mCategorySearch->setClearButtonEnabled(true);
  connect(mCategorySearch, &QLineEdit::textChanged, this, &FilterPanel::filterCategoryTree);
  mCategories = new QTreeWidget(categoryPage);
  mCategories->setObjectName(QStringLiteral("categories"));
  mCategories->setHeaderHidden(true);
  mCategories->setMinimumHeight(120);
  mCategories->setToolTip(tr("Right-click a category to show only it, or all again"));
  mCategories->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(mCategories, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int) { scheduleChange(); });
  connect(mCategories, &QWidget::customContextMenuRequested, this, &FilterPanel::showCategoryMenu);
  categoryLayout->addWidget(mCategorySearch);
  categoryLayout->addWidget(mCategories);
  lists->addTab(categoryPage, tr("Categories"));

  mSources = new QListWidget(lists);
  mSources->setObjectName(QStringLiteral("sources"));
  connect(mSources, &QListWidget::itemChanged, this, &FilterPanel::scheduleChange);
  lists->addTab(mSources, tr("Sources"));

  mAreas = new QListWidget(lists);
  mAreas->setObjectName(QStringLiteral("areas"));
  connect(mAreas, &QListWidget::itemChanged, this, &FilterPanel::scheduleChange);
  lists->addTab(mAreas, tr("Areas"));
  layout->addWidget(lists, 1);

  layout->addWidget(buildTimeOfDayGroup());
  setMatchCount(-1);
}

QWidget *FilterPanel::buildPeriodGroup()
{
  auto *group = new QGroupBox(tr("Period"), this);
  auto *form = new QFormLayout(group);
  // Labels above their fields: the side column is narrow at 1366x768.
  form->setRowWrapPolicy(QFormLayout::WrapAllRows);
  mPreset = new QComboBox(group);
  mPreset->setObjectName(QStringLiteral("periodPreset"));
  mPreset->addItem(tr("All data"));
  mPreset->addItem(tr("Custom"));
  for (const PeriodPreset preset : PeriodPresets::all())
    mPreset->addItem(PeriodPresets::name(preset), static_cast<int>(preset));
  mPreset->addItem(tr("Same period last year"), kSamePeriodLastYear);
  connect(mPreset, qOverload<int>(&QComboBox::activated), this, &FilterPanel::applyPreset);

  mFrom = new DateEdit(group);
  mTo = new DateEdit(group);
  for (QDateEdit *edit : {mFrom, mTo})
  {
    connect(edit, &QDateEdit::dateChanged, this,
            [this]()
            {
              if (mUpdating)
                return;
              mPreset->setCurrentIndex(kPresetCustom);
              mPresetNote->clear();
              scheduleChange();
            });
  }
  mFrom->setObjectName(QStringLiteral("periodFrom"));
  mTo->setObjectName(QStringLiteral("periodTo"));
  const QDate today = QDate::currentDate();
  mUpdating = true;
  mFrom->setDate(today.addYears(-1));
  mTo->setDate(today);
  mPreset->setCurrentIndex(kPresetAll);
  mUpdating = false;
  form->addRow(tr("Preset"), mPreset);
  auto *dates = new QHBoxLayout;
  dates->addWidget(mFrom, 1);
  dates->addWidget(new QLabel(QStringLiteral("–"), group));
  dates->addWidget(mTo, 1);
  form->addRow(tr("From – to"), dates);
  mPresetNote = new QLabel(group);
  mPresetNote->setObjectName(QStringLiteral("presetNote"));
  mPresetNote->setWordWrap(true);
  form->addRow(mPresetNote);
  return group;
}

QWidget *FilterPanel::buildTimeOfDayGroup()
{
  auto *group = new QGroupBox(tr("Time of day and weekday"), this);
  auto *layout = new QVBoxLayout(group);
  auto *hoursRow = new QHBoxLayout;
  mLimitHours = new QCheckBox(tr("Hours"), group);
  mLimitHours->setObjectName(QStringLiteral("limitHours"));
  mHourFrom = new QSpinBox(group);
  mHourTo = new QSpinBox(group);
  mHourFrom->setRange(0, 23);
  mHourTo->setRange(0, 24);
  mHourFrom->setValue(18);
  mHourTo->setValue(2);
  mHourFrom->setSuffix(QStringLiteral(":00"));
  mHourTo->setSuffix(QStringLiteral(":00"));
  mHourFrom->setObjectName(QStringLiteral("hourFrom"));
  mHourTo->setObjectName(QStringLiteral("hourTo"));
  mHourFrom->setEnabled(false);
  mHourTo->setEnabled(false);
  connect(mLimitHours, &QCheckBox::toggled, mHourFrom, &QWidget::setEnabled);
  connect(mLimitHours, &QCheckBox::toggled, mHourTo, &QWidget::setEnabled);
  connect(mLimitHours, &QCheckBox::toggled, this, &FilterPanel::scheduleChange);
  connect(mHourFrom, qOverload<int>(&QSpinBox::valueChanged), this, &FilterPanel::scheduleChange);
  connect(mHourTo, qOverload<int>(&QSpinBox::valueChanged), this, &FilterPanel::scheduleChange);
  hoursRow->addWidget(mLimitHours);
  hoursRow->addWidget(mHourFrom);
  hoursRow->addWidget(new QLabel(QStringLiteral("–"), group));
  hoursRow->addWidget(mHourTo);
  hoursRow->addStretch();
  layout->addLayout(hoursRow);

  // Two rows of weekdays (Monday–Thursday, Friday–Sunday): the panel fits a narrow side column.
  auto *daysRow = new QGridLayout;
  daysRow->setHorizontalSpacing(2);
  const QLocale locale;
  for (int day = 1; day <= 7; ++day)
  {
    auto *button = new QToolButton(group);
    button->setText(locale.dayName(day, QLocale::ShortFormat));
    button->setCheckable(true);
    button->setChecked(true);
    button->setObjectName(QStringLiteral("weekday%1").arg(day));
    button->setToolTip(locale.dayName(day, QLocale::LongFormat));
    connect(button, &QToolButton::toggled, this, &FilterPanel::scheduleChange);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    daysRow->addWidget(button, (day - 1) / 4, (day - 1) % 4);
    mWeekdays.push_back(button);
  }
  layout->addLayout(daysRow);
  return group;
}

void FilterPanel::setReferenceData(const std::vector<Category> &categories, const std::vector<Source> &sources,
                                   const std::vector<Area> &areas)
{
  const IncidentFilter previous = filter();
  mUpdating = true;
  const bool swedish = QLocale().language() == QLocale::Swedish;

  mCategories->clear();
  auto *crimes = new QTreeWidgetItem(mCategories, {tr("Reported crimes")});
  auto *reports = new QTreeWidgetItem(mCategories, {tr("Lägesbild reports")});
  for (QTreeWidgetItem *top : {crimes, reports})
  {
    top->setFlags(top->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    top->setCheckState(0, Qt::Checked);
  }
  for (const Category &category : categories)
  {
    QTreeWidgetItem *parent = category.kind == IncidentKind::Crime ? crimes : reports;
    auto *item = new QTreeWidgetItem(parent, {swedish || category.nameEn.isEmpty() ? category.nameSv : category.nameEn});
    item->setData(0, kCodeRole, category.code);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Checked);
    QPixmap swatch(12, 12);
    swatch.fill(QColor(category.colour));
    item->setIcon(0, QIcon(swatch));
  }
  mCategories->expandAll();

  auto fillList = [](QListWidget *list, const std::vector<std::pair<QString, QString>> &entries)
  {
    list->clear();
    for (const auto &[code, name] : entries)
    {
      auto *item = new QListWidgetItem(name, list);
      item->setData(kCodeRole, code);
      item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
      item->setCheckState(Qt::Checked);
    }
  };
  std::vector<std::pair<QString, QString>> sourceEntries;
  for (const Source &source : sources)
    sourceEntries.emplace_back(source.code, source.name);
  fillList(mSources, sourceEntries);
  std::vector<std::pair<QString, QString>> areaEntries;
  for (const Area &area : areas)
    areaEntries.emplace_back(area.code, area.name);
  fillList(mAreas, areaEntries);
  mUpdating = false;
  setFilter(previous);
}

void FilterPanel::setDataSpan(const QDate &first, const QDate &last)
{
  mFirstDay = first;
  mLastDay = last;
  if (mPreset->currentIndex() == kPresetAll)
    applyPreset(kPresetAll);
}

IncidentFilter FilterPanel::filter() const
{
  IncidentFilter result;
  if (mPreset->currentIndex() != kPresetAll && mFrom->date() <= mTo->date())
    result.period = DateRange(mFrom->date(), mTo->date());
  if (const QString kind = mKind->currentData().toString(); !kind.isEmpty())
    result.kind = kindFromCode(kind);

  bool allCategories = true;
  for (int top = 0; top < mCategories->topLevelItemCount(); ++top)
  {
    const QTreeWidgetItem *group = mCategories->topLevelItem(top);
    for (int i = 0; i < group->childCount(); ++i)
    {
      const QTreeWidgetItem *item = group->child(i);
      if (item->checkState(0) == Qt::Checked)
        result.categories << item->data(0, kCodeRole).toString();
      else
        allCategories = false;
    }
  }
  if (allCategories)
    result.categories.clear();
  else if (result.categories.isEmpty())
    result.categories << kNothing;

  bool allSources = true;
  result.sources = checkedCodes(mSources, &allSources);
  if (allSources)
    result.sources.clear();
  else if (result.sources.isEmpty())
    result.sources << kNothing;

  bool allAreas = true;
  result.areas = checkedCodes(mAreas, &allAreas);
  if (allAreas)
    result.areas.clear();
  else if (result.areas.isEmpty())
    result.areas << kNothing;

  if (mLimitHours->isChecked() && mHourFrom->value() != mHourTo->value() % 24)
  {
    if (const auto hours = IncidentFilter::parseHours(QStringLiteral("%1-%2").arg(mHourFrom->value()).arg(mHourTo->value())))
      result.hours = *hours;
  }
  bool allDays = true;
  for (int day = 1; day <= 7; ++day)
  {
    if (mWeekdays[static_cast<std::size_t>(day - 1)]->isChecked())
      result.weekdays.push_back(day);
    else
      allDays = false;
  }
  if (allDays)
    result.weekdays.clear();
  else if (result.weekdays.empty())
    result.weekdays.push_back(0); // no weekday is 0: matches nothing
  return result;
}

void FilterPanel::setFilter(const IncidentFilter &filter)
{
  mUpdating = true;
  if (filter.period)
  {
    mPreset->setCurrentIndex(kPresetCustom);
    mFrom->setDate(filter.period->from());
    mTo->setDate(filter.period->to());
  }
  else
  {
    mPreset->setCurrentIndex(kPresetAll);
    if (mFirstDay.isValid())
    {
      mFrom->setDate(mFirstDay);
      mTo->setDate(mLastDay);
    }
  }
  mKind->setCurrentIndex(!filter.kind ? 0 : (*filter.kind == IncidentKind::Crime ? 1 : 2));
  for (int top = 0; top < mCategories->topLevelItemCount(); ++top)
  {
    QTreeWidgetItem *group = mCategories->topLevelItem(top);
    for (int i = 0; i < group->childCount(); ++i)
    {
      QTreeWidgetItem *item = group->child(i);
      const bool checked = filter.categories.isEmpty() || filter.categories.contains(item->data(0, kCodeRole).toString());
      item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
  }
  checkCodes(mSources, filter.sources);
  checkCodes(mAreas, filter.areas);
  mLimitHours->setChecked(!filter.hours.empty());
  if (!filter.hours.empty())
  {
    // Find the start of the (possibly wrapping) span: the hour whose predecessor is not in the set.
    const auto has = [&filter](int h) { return std::find(filter.hours.begin(), filter.hours.end(), (h + 24) % 24) != filter.hours.end(); };
    int start = filter.hours.front();
    for (int h : filter.hours)
      if (!has(h - 1))
      {
        start = h;
        break;
      }
    int end = start;
    while (has(end) && end < start + 24)
      ++end;
    mHourFrom->setValue(start);
    mHourTo->setValue(end == 24 ? 24 : end % 24);
  }
  for (int day = 1; day <= 7; ++day)
  {
    const bool checked = filter.weekdays.empty() || std::find(filter.weekdays.begin(), filter.weekdays.end(), day) != filter.weekdays.end();
    mWeekdays[static_cast<std::size_t>(day - 1)]->setChecked(checked);
  }
  mUpdating = false;
  scheduleChange();
}

void FilterPanel::setMatchCount(qint64 count)
{
  if (count < 0)
    mCount->setText(tr("No store open"));
  else
    mCount->setText(tr("%1 incidents match").arg(QLocale().toString(count)));
}

void FilterPanel::applyPreset(int index)
{
  mUpdating = true;
  if (index == kPresetAll)
  {
    if (mFirstDay.isValid())
    {
      mFrom->setDate(mFirstDay);
      mTo->setDate(mLastDay);
    }
  }
  else if (mPreset->itemData(index).toInt() == kSamePeriodLastYear)
  {
    const DateRange shown(std::min(mFrom->date(), mTo->date()), std::max(mFrom->date(), mTo->date()));
    const DateRange earlier = shown.sameDaysPreviousYear();
    mFrom->setDate(earlier.from());
    mTo->setDate(earlier.to());
    mPreset->setCurrentIndex(kPresetCustom);
  }
  else if (index >= kFirstPresetIndex)
  {
    // Anchored to the last day with data, not today: "This year" of a store that ends in 2022 is 2022.
    const QDate anchor = mLastDay.isValid() ? mLastDay : QDate::currentDate();
    const auto preset = static_cast<PeriodPreset>(mPreset->itemData(index).toInt());
    const DateRange range = PeriodPresets::range(preset, anchor);
    mFrom->setDate(range.from());
    mTo->setDate(range.to());
    mPresetNote->setText(mLastDay.isValid()
                           ? tr("%1 counted from the last day with data, %2: %3 – %4")
                               .arg(mPreset->itemText(index), anchor.toString(Qt::ISODate), range.from().toString(Qt::ISODate),
                                    range.to().toString(Qt::ISODate))
                           : tr("%1 counted from today: %2 – %3")
                               .arg(mPreset->itemText(index), range.from().toString(Qt::ISODate), range.to().toString(Qt::ISODate)));
  }
  if (index == kPresetAll)
    mPresetNote->setText(mFirstDay.isValid() ? tr("All data: %1 – %2").arg(mFirstDay.toString(Qt::ISODate), mLastDay.toString(Qt::ISODate))
                                             : QString());
  else if (index < kFirstPresetIndex || mPreset->itemData(index).toInt() == kSamePeriodLastYear)
    mPresetNote->clear();
  mUpdating = false;
  scheduleChange();
}

void FilterPanel::scheduleChange()
{
  if (!mUpdating)
    mDebounce->start();
}

QStringList FilterPanel::categoryCodes(bool checkedOnly) const
{
  QStringList codes;
  for (int top = 0; top < mCategories->topLevelItemCount(); ++top)
  {
    const QTreeWidgetItem *group = mCategories->topLevelItem(top);
    for (int i = 0; i < group->childCount(); ++i)
    {
      const QTreeWidgetItem *item = group->child(i);
      if (!checkedOnly || item->checkState(0) == Qt::Checked)
        codes << item->data(0, kCodeRole).toString();
    }
  }
  return codes;
}

void FilterPanel::showOnlyCategories(const QStringList &codes)
{
  mUpdating = true;
  for (int top = 0; top < mCategories->topLevelItemCount(); ++top)
  {
    QTreeWidgetItem *group = mCategories->topLevelItem(top);
    for (int i = 0; i < group->childCount(); ++i)
    {
      QTreeWidgetItem *item = group->child(i);
      item->setCheckState(0, codes.isEmpty() || codes.contains(item->data(0, kCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
  }
  mUpdating = false;
  // At once: the map, the legend and the count follow without the typing delay.
  mDebounce->stop();
  Q_EMIT filterChanged();
}

void FilterPanel::showCategoryMenu(const QPoint &position)
{
  QTreeWidgetItem *item = mCategories->itemAt(position);
  QMenu menu(this);
  if (item && item->parent())
  {
    const QString code = item->data(0, kCodeRole).toString();
    QAction *only = menu.addAction(tr("Only “%1”").arg(item->text(0)));
    only->setObjectName(QStringLiteral("onlyThisCategory"));
    connect(only, &QAction::triggered, this, [this, code]() { showOnlyCategories({code}); });
  }
  else if (item)
  {
    QStringList codes;
    for (int i = 0; i < item->childCount(); ++i)
      codes << item->child(i)->data(0, kCodeRole).toString();
    QAction *only = menu.addAction(tr("Only “%1”").arg(item->text(0)));
    connect(only, &QAction::triggered, this, [this, codes]() { showOnlyCategories(codes); });
  }
  QAction *all = menu.addAction(tr("All categories"));
  connect(all, &QAction::triggered, this, [this]() { showOnlyCategories({}); });
  menu.exec(mCategories->viewport()->mapToGlobal(position));
}

void FilterPanel::filterCategoryTree(const QString &text)
{
  for (int top = 0; top < mCategories->topLevelItemCount(); ++top)
  {
    QTreeWidgetItem *group = mCategories->topLevelItem(top);
    for (int i = 0; i < group->childCount(); ++i)
    {
      QTreeWidgetItem *item = group->child(i);
      item->setHidden(!text.isEmpty() && !item->text(0).contains(text, Qt::CaseInsensitive));
    }
  }
}

void FilterPanel::saveSettings() const
{
  QSettings settings;
  settings.beginGroup(QStringLiteral("filter"));
  const IncidentFilter current = filter();
  settings.setValue(QStringLiteral("preset"), mPreset->currentIndex());
  settings.setValue(QStringLiteral("from"), mFrom->date());
  settings.setValue(QStringLiteral("to"), mTo->date());
  settings.setValue(QStringLiteral("kind"), mKind->currentIndex());
  settings.setValue(QStringLiteral("categories"), current.categories);
  settings.setValue(QStringLiteral("sources"), current.sources);
  settings.setValue(QStringLiteral("areas"), current.areas);
  settings.setValue(QStringLiteral("limitHours"), mLimitHours->isChecked());
  settings.setValue(QStringLiteral("hourFrom"), mHourFrom->value());
  settings.setValue(QStringLiteral("hourTo"), mHourTo->value());
  QStringList days;
  for (int day : current.weekdays)
    days << QString::number(day);
  settings.setValue(QStringLiteral("weekdays"), days);
  settings.endGroup();
}

void FilterPanel::restoreSettings()
{
  QSettings settings;
  settings.beginGroup(QStringLiteral("filter"));
  if (!settings.contains(QStringLiteral("preset")))
    return;
  IncidentFilter restored;
  const int preset = settings.value(QStringLiteral("preset")).toInt();
  const QDate from = settings.value(QStringLiteral("from")).toDate();
  const QDate to = settings.value(QStringLiteral("to")).toDate();
  if (preset != kPresetAll && from.isValid() && to.isValid() && from <= to)
    restored.period = DateRange(from, to);
  const int kind = settings.value(QStringLiteral("kind")).toInt();
  if (kind == 1)
    restored.kind = IncidentKind::Crime;
  else if (kind == 2)
    restored.kind = IncidentKind::Report;
  restored.categories = settings.value(QStringLiteral("categories")).toStringList();
  restored.sources = settings.value(QStringLiteral("sources")).toStringList();
  restored.areas = settings.value(QStringLiteral("areas")).toStringList();
  if (settings.value(QStringLiteral("limitHours")).toBool())
  {
    if (const auto hours = IncidentFilter::parseHours(QStringLiteral("%1-%2")
                                                        .arg(settings.value(QStringLiteral("hourFrom")).toInt())
                                                        .arg(settings.value(QStringLiteral("hourTo")).toInt())))
      restored.hours = *hours;
  }
  for (const QString &day : settings.value(QStringLiteral("weekdays")).toStringList())
    restored.weekdays.push_back(day.toInt());
  settings.endGroup();
  setFilter(restored);
  if (preset >= kFirstPresetIndex)
    applyPreset(preset);
  mPreset->setCurrentIndex(preset);
}

} // namespace lagesbild
