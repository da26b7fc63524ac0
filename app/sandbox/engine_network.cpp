// SPDX-License-Identifier: Apache-2.0
// Network groups (Mesh): Running instances of one region joined on a private /24.
#include "sandbox/catalogue.h"
#include "sandbox/sandboxengine.h"

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

int hostOf(const QString &ipCidr)
{
    // "192.168.3.7/24" -> 7
    const qsizetype slash = ipCidr.indexOf(u'/');
    const QString ip = slash >= 0 ? ipCidr.left(slash) : ipCidr;
    return ip.section(u'.', 3, 3).toInt();
}

int bandwidthFor(const Hardware &hw)
{
    // Bigger machines get a wider private link, as on the console's member table.
    if (hw.gpuRamMB >= 80000)
        return 400;
    if (hw.gpuRamMB >= 40000)
        return 200;
    return 100;
}

} // namespace

NetworkGroup SandboxEngine::liveGroup(const GroupRec &rec) const
{
    NetworkGroup out = rec.pub;
    for (GroupMember &m : out.members) {
        const auto it = m_state.instances.constFind(m.instanceID);
        if (it == m_state.instances.cend())
            continue;
        m.name = it->pub.displayName();
        m.status = it->state() == InstanceState::Running ? u"Connected"_s : u"Suspended"_s;
    }
    return out;
}

void SandboxEngine::leaveGroup(InstanceRec &rec)
{
    if (rec.groupId.isEmpty())
        return;
    const auto it = m_state.groups.find(rec.groupId);
    if (it != m_state.groups.end()) {
        it->pub.members.removeIf([&rec](const GroupMember &m) { return m.instanceID == rec.pub.instanceID; });
        touchGroup(it->pub.groupID);
    }
    rec.groupId.clear();
    m_changes.instances.insert(rec.pub.instanceID);
}

QList<NetworkGroup> SandboxEngine::groups()
{
    advance();
    QList<NetworkGroup> out;
    out.reserve(m_state.groupOrder.size());
    for (const QString &id : std::as_const(m_state.groupOrder))
        out.append(liveGroup(m_state.groups[id]));
    return out;
}

Outcome<NetworkGroup> SandboxEngine::createGroup(const QString &name, const QString &regionName, int capacity)
{
    advance();
    if (const auto valid = validateName(name, u"network group name"_s); !valid.ok())
        return valid.error();
    if (!catalogue::isRegion(regionName))
        return Failure{codes::Validation, u"unknown region_name '%1' (regions: %2)"_s.arg(
                                              regionName, catalogue::regions().join(u", "_s))};
    if (capacity < 1 || capacity > m_limits.maxNetworkGroupCapacity)
        return Failure{codes::Validation,
                       u"capacity must be an integer from 1 to %1"_s.arg(m_limits.maxNetworkGroupCapacity)};
    const QString trimmed = name.trimmed();
    QSet<int> subnets;
    for (const GroupRec &g : std::as_const(m_state.groups)) {
        if (g.pub.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Failure{codes::Duplicate, u"a network group named '%1' already exists"_s.arg(g.pub.name)};
        subnets.insert(g.subnet);
    }
    int subnet = 1;
    while (subnets.contains(subnet))
        ++subnet;
    if (subnet > 254)
        return Failure{codes::QuotaOrBalance, u"no private subnet left for another network group"_s};

    GroupRec rec;
    do {
        rec.pub.groupID = "ng-"_L1 + randomToken(8);
    } while (m_state.groups.contains(rec.pub.groupID));
    rec.pub.name = trimmed;
    rec.pub.regionName = regionName;
    rec.pub.capacity = capacity;
    rec.seq = m_state.nextSeq++;
    rec.subnet = subnet;
    const QString id = rec.pub.groupID;
    m_state.groups.insert(id, rec);
    m_state.groupOrder.append(id);
    touchGroup(id);
    return liveGroup(rec);
}

Outcome<Done> SandboxEngine::deleteGroup(const QString &groupId)
{
    advance();
    const auto it = m_state.groups.find(groupId.trimmed());
    if (it == m_state.groups.end())
        return Failure{codes::UnknownId, u"no network group with ID '%1'"_s.arg(groupId.trimmed())};
    const QString id = it->pub.groupID;
    for (const GroupMember &m : std::as_const(it->pub.members)) {
        if (InstanceRec *rec = record(m.instanceID)) {
            rec->groupId.clear();
            m_changes.instances.insert(rec->pub.instanceID);
        }
    }
    m_state.groups.erase(it);
    m_state.groupOrder.removeOne(id);
    touchGroup(id);
    return Done{};
}

Outcome<NetworkGroup> SandboxEngine::addGroupMember(const QString &groupId, const QString &instanceId)
{
    advance();
    const auto it = m_state.groups.find(groupId.trimmed());
    if (it == m_state.groups.end())
        return Failure{codes::UnknownId, u"no network group with ID '%1'"_s.arg(groupId.trimmed())};
    InstanceRec *rec = record(instanceId);
    if (!rec)
        return Failure{codes::UnknownId, u"no instance with ID '%1'"_s.arg(instanceId.trimmed())};
    if (rec->groupId == it->pub.groupID)
        return Failure{codes::Duplicate, u"instance %1 is already in this group"_s.arg(rec->pub.instanceID)};
    if (!rec->groupId.isEmpty())
        return Failure{codes::Duplicate, u"instance %1 is already in network group %2"_s.arg(
                                             rec->pub.instanceID, rec->groupId)};
    if (rec->state() != InstanceState::Running)
        return Failure{codes::InvalidState, u"instance %1 is %2; only Running instances can join"_s.arg(
                                                rec->pub.instanceID, rec->pub.status.raw())};
    if (rec->pub.regionName != it->pub.regionName)
        return Failure{codes::Validation, u"instance %1 is in %2, the group in %3"_s.arg(
                                              rec->pub.instanceID, rec->pub.regionName, it->pub.regionName)};
    if (it->pub.members.size() >= it->pub.capacity)
        return Failure{codes::QuotaOrBalance,
                       u"network group %1 is full (%2 members)"_s.arg(it->pub.name).arg(it->pub.capacity)};
    QSet<int> hosts;
    for (const GroupMember &m : std::as_const(it->pub.members))
        hosts.insert(hostOf(m.ipCidr));
    int host = 2; // .1 is the group's gateway
    while (hosts.contains(host))
        ++host;
    GroupMember member;
    member.instanceID = rec->pub.instanceID;
    member.ipCidr = u"192.168.%1.%2/24"_s.arg(it->subnet).arg(host);
    member.bandwidthMbps = bandwidthFor(rec->machine);
    member.status = u"Connected"_s;
    it->pub.members.append(member);
    rec->groupId = it->pub.groupID;
    m_changes.instances.insert(rec->pub.instanceID);
    touchGroup(it->pub.groupID);
    return liveGroup(*it);
}

Outcome<NetworkGroup> SandboxEngine::removeGroupMember(const QString &groupId, const QString &instanceId)
{
    advance();
    const auto it = m_state.groups.find(groupId.trimmed());
    if (it == m_state.groups.end())
        return Failure{codes::UnknownId, u"no network group with ID '%1'"_s.arg(groupId.trimmed())};
    InstanceRec *rec = record(instanceId);
    if (!rec || rec->groupId != it->pub.groupID)
        return Failure{codes::UnknownId, u"instance '%1' is not a member of network group %2"_s.arg(
                                             normalizeInstanceId(instanceId), it->pub.groupID)};
    leaveGroup(*rec);
    return liveGroup(m_state.groups[groupId.trimmed()]);
}

} // namespace glows::sandbox
