#include "distributed/GradientReducer.h"

#include "distributed/Communicator.h"

#include <torch/torch.h>

namespace hiernet::distributed {

struct GradientReducer::Bucket {
    at::Tensor buffer; ///< the bucket's gradients, flat, on the communicator's device
    std::vector<std::size_t> parameters;
    std::size_t missing = 0; ///< gradients still to arrive this step
    Communicator::Pending pending;
};

GradientReducer::GradientReducer(Communicator& communicator, std::vector<at::Tensor> parameters, std::int64_t bucketBytes)
    : m_communicator(communicator)
{
    for (auto& p : parameters)
        if (p.requires_grad())
            m_parameters.push_back(p);
    const auto count = m_parameters.size();
    m_bucketOf.resize(count);
    m_offsetOf.resize(count);
    m_arrived.assign(count, false);
    std::int64_t bytes = 0, elements = 0;
    c10::ScalarType type = c10::ScalarType::Undefined;
    auto closeBucket = [&] {
        if (!m_buckets.empty() && !m_buckets.back()->buffer.defined())
            m_buckets.back()->buffer
                = torch::zeros({ elements }, torch::TensorOptions().dtype(type).device(m_communicator.device()));
    };
    for (std::size_t k = count; k-- > 0;) {
        const auto& p = m_parameters[k];
        const auto size = std::int64_t(p.numel() * p.element_size());
        if (m_buckets.empty() || bytes + size > bucketBytes || p.scalar_type() != type) {
            closeBucket();
            m_buckets.push_back(std::make_unique<Bucket>());
            bytes = elements = 0;
            type = p.scalar_type();
        }
        auto& bucket = *m_buckets.back();
        m_bucketOf[k] = m_buckets.size() - 1;
        m_offsetOf[k] = elements;
        bucket.parameters.push_back(k);
        bytes += size;
        elements += p.numel();
    }
    closeBucket();
    for (auto& bucket : m_buckets)
        bucket->missing = bucket->parameters.size();
    for (std::size_t k = 0; k < count; ++k)
        m_hooks.push_back(m_parameters[k].register_hook([this, k](const at::Tensor& gradient) { gradientReady(k, gradient); }));
}

GradientReducer::~GradientReducer()
{
    for (std::size_t k = 0; k < m_hooks.size(); ++k)
        m_parameters[k].remove_hook(m_hooks[k]);
}

void GradientReducer::gradientReady(std::size_t parameter, const at::Tensor& gradient)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    auto& bucket = *m_buckets[m_bucketOf[parameter]];
    torch::NoGradGuard noGrad;
    bucket.buffer.narrow(0, m_offsetOf[parameter], gradient.numel()).copy_(gradient.reshape({ -1 }));
    if (!m_arrived[parameter]) {
        m_arrived[parameter] = true;
        --bucket.missing;
    }
    startReadyBuckets();
}

void GradientReducer::startReadyBuckets()
{
    while (m_nextToStart < m_buckets.size() && m_buckets[m_nextToStart]->missing == 0) {
        auto& bucket = *m_buckets[m_nextToStart];
        bucket.pending = m_communicator.allreduceSumAsync(bucket.buffer, "averaging gradients");
        ++m_nextToStart;
    }
}

void GradientReducer::finishBackward()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    torch::NoGradGuard noGrad;
    for (std::size_t k = 0; k < m_parameters.size(); ++k)
        if (!m_arrived[k]) {
            auto& bucket = *m_buckets[m_bucketOf[k]];
            bucket.buffer.narrow(0, m_offsetOf[k], m_parameters[k].numel()).zero_();
            m_arrived[k] = true;
            --bucket.missing;
        }
    startReadyBuckets();
    const double ranks = double(m_communicator.size());
    for (auto& bucket : m_buckets) {
        bucket->pending.wait();
        bucket->buffer.div_(ranks);
        for (const auto k : bucket->parameters) {
            auto& p = m_parameters[k];
            const auto mean = bucket->buffer.narrow(0, m_offsetOf[k], p.numel()).view(p.sizes());
            if (!p.grad().defined())
                p.mutable_grad() = torch::zeros_like(p);
            p.mutable_grad().copy_(mean);
        }
        bucket->missing = bucket->parameters.size();
    }
    m_arrived.assign(m_arrived.size(), false);
    m_nextToStart = 0;
}

} // namespace hiernet::distributed
