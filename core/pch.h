// Precompiled header of the core: the full LibTorch API, parsed once per target.
#pragma once
#include <torch/torch.h>
