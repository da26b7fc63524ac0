// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/detailpane.h"

#include <QLabel>
#include <QStackedLayout>
#include <QTabWidget>

namespace glows::ui {

DetailPane::DetailPane(AppContext context, QWidget *parent) : QWidget(parent), m_ctx(context)
{
    auto *stack = new QStackedLayout(this);
    m_empty = new QLabel(tr("Select an instance to see its details."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_tabs = new QTabWidget(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_tabs);
}

DetailPane::~DetailPane() = default;

void DetailPane::showInstance(const Instance *instance)
{
    auto *stack = static_cast<QStackedLayout *>(layout());
    if (!instance) {
        m_instance = {};
        stack->setCurrentWidget(m_empty);
        return;
    }
    m_instance = *instance;
    stack->setCurrentWidget(m_tabs);
}

} // namespace glows::ui
