// SPDX-License-Identifier: MIT
#include "app/dashboards/dashboardspage.h"

#include "app/appcontext.h"
#include "app/dashboards/dashboardlistmodel.h"
#include "app/dashboards/dashboardview.h"
#include "app/widgets/palette.h"
#include "core/util/atomicfile.h"

#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace hearth::app {

namespace {

// Draws a small "Standard" badge after read-only dashboards.
class DashboardItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), 30));
        return s;
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const bool standard = index.data(DashboardListModel::StandardRole).toBool();
        const QString badge = QObject::tr("STD");
        QFont small = opt.font;
        small.setPointSizeF(std::max(6.5, small.pointSizeF() - 2));
        small.setBold(true);
        const int badgeW = standard ? QFontMetrics(small).horizontalAdvance(badge) + 10 : 0;
        opt.rect.adjust(6, 0, -badgeW - 8, 0);
        QStyledItemDelegate::paint(painter, opt, index);
        if (!standard)
            return;
        const QRect r(option.rect.right() - badgeW - 6, option.rect.center().y() - 8, badgeW, 16);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const auto colors = palette::pillColors(palette::accentColor());
        painter->setBrush(colors.background);
        painter->drawRoundedRect(r, 7, 7);
        painter->setPen(colors.text);
        painter->setFont(small);
        painter->drawText(r, Qt::AlignCenter, badge);
        painter->restore();
    }
};

} // namespace

DashboardsPage::DashboardsPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("dashboardspage"));
    // Ctrl+K finds every dashboard by name and opens it here.
    context->addCommandProvider([page = QPointer<DashboardsPage>(this)] {
        std::vector<AppContext::Command> commands;
        if (!page)
            return commands;
        QVector<core::DashboardEntry> entries = core::DashboardRepository::standardDashboards();
        if (page->m_context->hasStore())
            if (auto users
                = core::DashboardRepository::userDashboards(page->m_context->storePath()))
                entries += users.value();
        for (const auto &e : entries) {
            commands.push_back({tr("Dashboard"), e.name, QString(), [page, id = e.id] {
                                    if (!page)
                                        return;
                                    if (auto *stack
                                        = qobject_cast<QStackedWidget *>(page->parentWidget()))
                                        stack->setCurrentWidget(page);
                                    if (page->m_model->rowOf(id) < 0)
                                        page->reload(id);
                                    page->openDashboard(id);
                                }});
        }
        return commands;
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *side = new QWidget(split);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(10, 12, 4, 10);
    auto *heading = new QLabel(tr("Dashboards"), side);
    QFont hf = heading->font();
    hf.setWeight(QFont::DemiBold);
    hf.setPointSizeF(hf.pointSizeF() + 2);
    heading->setFont(hf);
    sideLayout->addWidget(heading);
    m_model = new DashboardListModel(this);
    m_list = new QListView(side);
    m_list->setObjectName(QStringLiteral("dashboardList"));
    m_list->setAccessibleName(tr("Dashboards"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new DashboardItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    // Through the themed helper: a plain sheet would pin the list's text to the start theme.
    palette::setThemedStyleSheet(
        m_list, [] { return QStringLiteral("QListView { background: transparent; }"); });
    m_list->setMinimumWidth(160);
    sideLayout->addWidget(m_list, 1);
    auto *buttons = new QGridLayout;
    auto *create = new QPushButton(tr("New"), side);
    auto *import = new QPushButton(tr("Import…"), side);
    m_export = new QPushButton(tr("Export…"), side);
    m_delete = new QPushButton(tr("Delete"), side);
    buttons->addWidget(create, 0, 0);
    buttons->addWidget(import, 0, 1);
    buttons->addWidget(m_export, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    sideLayout->addLayout(buttons);
    m_view = new DashboardView(split);
    split->addWidget(side);
    split->addWidget(m_view);
    split->setStretchFactor(1, 1);
    split->setSizes({270, 1000});
    layout->addWidget(split);

    connect(create, &QPushButton::clicked, this, &DashboardsPage::createNew);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import dashboard"), QString(),
                                                          tr("Dashboard JSON (*.json)"));
        if (path.isEmpty())
            return;
        const QString error = importFile(path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Import dashboard"), error);
    });
    connect(m_export, &QPushButton::clicked, this, &DashboardsPage::exportCurrent);
    connect(m_delete, &QPushButton::clicked, this, &DashboardsPage::deleteCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (const auto *e = m_model->entry(index.row()); e && e->id != m_currentId)
                    openDashboard(e->id);
            });
    connect(m_view, &DashboardView::openTraceRequested, m_context,
            [this](const QString &trace) { m_context->requestOpenTrace(trace); });
    connect(m_view, &DashboardView::cloneRequested, this, [this] { cloneCurrent(); });
    connect(m_view, &DashboardView::saveRequested, this,
            [this](const core::DashboardDocument &doc) {
                const auto *e = m_model->entry(m_model->rowOf(m_currentId));
                if (!e || e->standard || !m_context->store())
                    return;
                auto r = core::DashboardRepository::save(*m_context->store(), doc, e->rowId);
                if (!r) {
                    QMessageBox::warning(this, tr("Save dashboard"), r.error().message);
                    return;
                }
                m_view->markSaved();
                m_view->setEditing(false);
                reload(m_currentId);
            });
    connect(m_context, &AppContext::storeChanged, this, [this] {
        if (m_loaded)
            reload(m_currentId);
    });
    connect(m_context, &AppContext::engineChanged, this, [this] {
        m_view->setEngine(m_context->engine());
        if (m_loaded && !m_currentId.isEmpty()) {
            const QString id = m_currentId;
            m_currentId.clear();
            openDashboard(id);
        }
    });
}

void DashboardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loaded)
        return;
    // Loaded on first show: the other pages start faster and no query runs for a hidden page.
    m_loaded = true;
    m_view->setEngine(m_context->engine());
    reload();
    if (m_model->rowCount() > 0)
        openDashboard(m_model->entry(0)->id);
}

void DashboardsPage::reload(const QString &selectId)
{
    QVector<core::DashboardEntry> entries = core::DashboardRepository::standardDashboards();
    if (m_context->hasStore())
        if (auto users = core::DashboardRepository::userDashboards(m_context->storePath()))
            entries += users.value();
    m_model->setEntries(entries);
    const int row = m_model->rowOf(selectId);
    if (row >= 0) {
        QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row));
    }
}

void DashboardsPage::openDashboard(const QString &id)
{
    const int row = m_model->rowOf(id);
    const auto *e = m_model->entry(row);
    if (!e)
        return;
    m_currentId = id;
    {
        QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row));
    }
    m_delete->setEnabled(!e->standard);
    m_view->setDocument(e->document, e->standard);
}

QString DashboardsPage::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, f.errorString());
    auto doc = core::DashboardDocument::parse(f.readAll());
    if (!doc)
        return tr("%1 is not a valid dashboard: %2").arg(path, doc.error().message);
    if (!m_context->store() || m_context->storeReadOnly())
        return tr("The store is read-only: open a writable store to import dashboards.");
    doc->setName(core::DashboardRepository::uniqueName(m_context->storePath(), doc->name()));
    auto id = core::DashboardRepository::save(*m_context->store(), doc.value());
    if (!id)
        return id.error().message;
    const QString newId = QStringLiteral("user:") + QString::number(id.value());
    reload(newId);
    openDashboard(newId);
    return QString();
}

void DashboardsPage::cloneCurrent()
{
    if (!m_context->store() || m_context->storeReadOnly()) {
        QMessageBox::warning(this, tr("Clone dashboard"), tr("The store is read-only."));
        return;
    }
    core::DashboardDocument doc = m_view->document();
    doc.setName(core::DashboardRepository::uniqueName(m_context->storePath(), doc.name()));
    auto id = core::DashboardRepository::save(*m_context->store(), doc);
    if (!id) {
        QMessageBox::warning(this, tr("Clone dashboard"), id.error().message);
        return;
    }
    const QString newId = QStringLiteral("user:") + QString::number(id.value());
    reload(newId);
    openDashboard(newId);
}

void DashboardsPage::createNew()
{
    if (!m_context->store() || m_context->storeReadOnly()) {
        QMessageBox::warning(this, tr("New dashboard"), tr("The store is read-only."));
        return;
    }
    const core::DashboardDocument doc = core::DashboardDocument::createEmpty(
        core::DashboardRepository::uniqueName(m_context->storePath(), tr("New dashboard")));
    auto id = core::DashboardRepository::save(*m_context->store(), doc);
    if (!id) {
        QMessageBox::warning(this, tr("New dashboard"), id.error().message);
        return;
    }
    const QString newId = QStringLiteral("user:") + QString::number(id.value());
    reload(newId);
    openDashboard(newId);
    m_view->setEditing(true);
}

void DashboardsPage::exportCurrent()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export dashboard"), m_view->document().name() + QStringLiteral(".json"),
        tr("Dashboard JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (auto s = core::writeFileAtomically(path, m_view->document().toJson(2)); !s)
        QMessageBox::warning(this, tr("Export dashboard"), s.error().message);
}

void DashboardsPage::deleteCurrent()
{
    const auto *e = m_model->entry(m_model->rowOf(m_currentId));
    if (!e || e->standard || !m_context->store())
        return;
    if (QMessageBox::question(this, tr("Delete dashboard"), tr("Delete \"%1\"?").arg(e->name))
        != QMessageBox::Yes)
        return;
    if (auto s = core::DashboardRepository::remove(*m_context->store(), e->rowId); !s) {
        QMessageBox::warning(this, tr("Delete dashboard"), s.error().message);
        return;
    }
    m_currentId.clear();
    reload();
    if (m_model->rowCount() > 0)
        openDashboard(m_model->entry(0)->id);
}

} // namespace hearth::app
