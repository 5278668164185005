// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/ColorMaps.h"

namespace asd::ui {
namespace {

QCPColorGradient fromStops(std::initializer_list<const char *> hex)
{
    QMap<double, QColor> stops;
    const int n = int(hex.size());
    int i = 0;
    for (const char *h : hex)
        stops.insert(double(i++) / (n - 1), QColor(QLatin1String(h)));
    QCPColorGradient g;
    g.setColorStops(stops);
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setLevelCount(256);
    return g;
}

} // namespace

QStringList colorMapNames()
{
    return {QStringLiteral("viridis"), QStringLiteral("magma"), QStringLiteral("cividis"), QStringLiteral("grey")};
}

QCPColorGradient colorMap(const QString &name)
{
    // Nine evenly spaced samples of each matplotlib table.
    if (name == QLatin1String("magma"))
        return fromStops({"#000004", "#180f3d", "#440f76", "#721f81", "#9e2f7f", "#cd4071", "#f1605d", "#fd9668",
                          "#fcfdbf"});
    if (name == QLatin1String("cividis"))
        return fromStops({"#00224e", "#123570", "#3b496c", "#575d6d", "#707173", "#8a8779", "#a69d75", "#c4b56c",
                          "#fee838"});
    if (name == QLatin1String("grey"))
        return fromStops({"#000000", "#ffffff"});
    return fromStops({"#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30",
                      "#fde725"});
}

QCPColorGradient differenceColorMap()
{
    return fromStops({"#053061", "#2166ac", "#4393c3", "#92c5de", "#f7f7f7", "#fddbc7", "#f4a582", "#d6604d",
                      "#b2182b", "#67001f"});
}

QColor categoricalColor(int index)
{
    static const QRgb palette[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                   0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return QColor(palette[((index % 10) + 10) % 10]);
}

} // namespace asd::ui
