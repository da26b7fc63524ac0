// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"
#include "ui/detail/detailtab.h"

#include <QHash>

class QFormLayout;
class QLabel;
class QToolButton;

namespace glows::ui {

// The Config tab: how the instance was created (image, ports, category, region, envs, cmd, meta key,
// creation time), each value with a copy button. Image description and default ports come from the image
// catalogue when the server has one.
class ConfigTab final : public DetailTab
{
    Q_OBJECT
public:
    enum Field
    {
        ImageName,
        ImageId,
        ImageDescription,
        DefaultPorts,
        Category,
        Region,
        Envs,
        Cmd,
        MetaKey,
        CreationTime,
        FieldCount
    };

    explicit ConfigTab(AppContext context, QWidget *parent = nullptr);

    QString valueText(Field field) const;

protected:
    void instanceChanged(bool switched) override;
    void activeChanged(bool active) override;
    void retranslate() override;

private:
    void fetchCatalogue();
    void fill();

    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
    QList<QToolButton *> m_copy;
    QStringList m_raw; // what Copy puts on the clipboard: the value as sent, empty when there is none
    QHash<QString, ImageInfo> m_images;
    bool m_catalogueRequested = false;
    bool m_catalogueLoaded = false;
    bool m_catalogueUnsupported = false;
};

} // namespace glows::ui
