// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace hearth::app {

class AppContext;
class DashboardListModel;
class DashboardView;

// The Dashboards page: the list of standard and saved dashboards on the left, the open one on the
// right (view, edit, clone, import/export).
class DashboardsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardsPage(AppContext *context, QWidget *parent = nullptr);

    DashboardView *view() const { return m_view; }
    DashboardListModel *model() const { return m_model; }
    void openDashboard(const QString &id);
    // Imports a Logfire export (or any dashboard JSON); returns the error text or empty.
    QString importFile(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload(const QString &selectId = QString());
    void cloneCurrent();
    void createNew();
    void exportCurrent();
    void deleteCurrent();

    AppContext *m_context;
    DashboardListModel *m_model;
    QListView *m_list;
    DashboardView *m_view;
    QPushButton *m_delete;
    QPushButton *m_export;
    QString m_currentId;
    bool m_loaded = false;
};

} // namespace hearth::app
