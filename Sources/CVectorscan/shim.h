#ifndef INFRAGATE_CVECTORSCAN_SHIM_H
#define INFRAGATE_CVECTORSCAN_SHIM_H

// Vectorscan (Debian libvectorscan-dev; the Hyperscan API): every detector's anchors in one pass.
#include <hs.h>

#endif
