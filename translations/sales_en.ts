<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="zh_CN" language="en">
<context>
    <name>format</name>
    <message>
        <source>万</source>
        <translation>×10k</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 天 %2 小时</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 小时 %2 分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>sales::Labels</name>
    <message>
        <source>电话</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>拜访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>消息</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>发送资料</source>
        <translation>Materials sent</translation>
    </message>
    <message>
        <source>演示</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已冻结</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>已降级</source>
        <translation>Downgraded</translation>
    </message>
    <message>
        <source>不处理</source>
        <translation>No action</translation>
    </message>
    <message>
        <source>冻结</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>降级</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <source>文字描述</source>
        <translation>Text description</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>关联案例</source>
        <translation>Linked case</translation>
    </message>
    <message>
        <source>角色标注</source>
        <translation>Role tag</translation>
    </message>
    <message>
        <source>跟进中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>赢单</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>输单</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>销售</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>主管</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>区域经理</source>
        <translation>Regional manager</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>sales::LeadTableModel</name>
    <message>
        <source>联系人：%1 %2</source>
        <translation>Contact: %1 %2</translation>
    </message>
    <message>
        <source>线索</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>预计金额</source>
        <translation>Expected amount</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>最近跟进</source>
        <translation>Last activity</translation>
    </message>
</context>
<context>
    <name>sales::LeadView</name>
    <message>
        <source>已提交的证据</source>
        <translation>Submitted evidence</translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>请在左侧选择一条线索。</source>
        <translation>Select a lead on the left.</translation>
    </message>
    <message>
        <source>进入下一阶段还需要</source>
        <translation>Required for the next stage</translation>
    </message>
    <message>
        <source>客户：%1&#x3000;联系人：%2 %3
负责人：%4&#x3000;预计金额：%5&#x3000;来源：%6&#x3000;行业：%7</source>
        <translation>Account: %1 · Contact: %2 %3
Owner: %4 · Expected amount: %5 · Source: %6 · Industry: %7</translation>
    </message>
    <message>
        <source>&#x3000;阶段回流：%1 次</source>
        <translation> · Stage backflows: %1</translation>
    </message>
    <message>
        <source>阶段时限：正常，还剩 %1（截止 %2）</source>
        <translation>Stage SLA: on track, %1 left (deadline %2)</translation>
    </message>
    <message>
        <source>阶段时限：即将到期，还剩 %1（截止 %2）</source>
        <translation>Stage SLA: due soon, %1 left (deadline %2)</translation>
    </message>
    <message>
        <source>阶段时限：%1，已超时 %2（截止 %3）</source>
        <translation>Stage SLA: %1, %2 past deadline (deadline %3)</translation>
    </message>
    <message>
        <source>已在最后阶段</source>
        <translation>Already at the final stage</translation>
    </message>
    <message>
        <source>进入「%1」还需要</source>
        <translation>Required to enter “%1”</translation>
    </message>
    <message>
        <source>✓ %1：已齐全</source>
        <translation>✓ %1: complete</translation>
    </message>
    <message>
        <source>证据已齐全，可以推进到「%1」。</source>
        <translation>All evidence is in place; the lead can advance to “%1”.</translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>关联案例</source>
        <translation>Linked case</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>跟进记录（最近 %1 条）</source>
        <translation>Activity (latest %1)</translation>
    </message>
    <message>
        <source>&#x3000;［补录，晚 %1 天录入］</source>
        <translation>  [backfilled, entered %1 d late]</translation>
    </message>
    <message>
        <source>&#x3000;［录入仅用 %1 秒］</source>
        <translation>  [entered in only %1 s]</translation>
    </message>
</context>
<context>
    <name>sales::MainWindow</name>
    <message>
        <source>销售罗盘 — %1</source>
        <translation>Sales Compass — %1</translation>
    </message>
    <message>
        <source>线索列表</source>
        <translation>Lead list</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>工作区：%1&#x3000;|&#x3000;离线（仅本地数据）&#x3000;|&#x3000;共 %2 条线索</source>
        <translation>Workspace: %1  |  Offline (local data only)  |  %2 leads</translation>
    </message>
    <message>
        <source>请在左侧选择一条线索。</source>
        <translation>Select a lead on the left.</translation>
    </message>
    <message>
        <source>无法读取该线索：%1</source>
        <translation>Could not load this lead: %1</translation>
    </message>
</context>
<context>
    <name>sales::PassphraseDialog</name>
    <message>
        <source>设置本地数据口令</source>
        <translation>Set Local Data Passphrase</translation>
    </message>
    <message>
        <source>解锁本地数据</source>
        <translation>Unlock Local Data</translation>
    </message>
    <message>
        <source>口令用于加密本机上的客户数据，至少 10 个字符并混合字母、数字或符号。忘记口令将无法打开本地数据，只能从服务器重新同步。</source>
        <translation>The passphrase encrypts account data on this computer. Use at least 10 characters, mixing letters, digits or symbols. If you forget it, the local data cannot be opened and must be re-synced from the server.</translation>
    </message>
    <message>
        <source>口令(&amp;P)：</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>再次输入(&amp;A)：</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>设置口令</source>
        <translation>Set Passphrase</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>sales::StageBar</name>
    <message>
        <source>阶段进度</source>
        <translation>Stage progress</translation>
    </message>
    <message>
        <source>当前阶段：%1（第 %2/%3 阶段）</source>
        <translation>Current stage: %1 (stage %2 of %3)</translation>
    </message>
</context>
<context>
    <name>sales::StageGate</name>
    <message>
        <source>条</source>
        <translation>item(s)</translation>
    </message>
    <message>
        <source>份</source>
        <translation>file(s)</translation>
    </message>
    <message>
        <source>个</source>
        <translation>case(s)</translation>
    </message>
    <message>
        <source>位</source>
        <translation>person(s)</translation>
    </message>
    <message>
        <source>%1：还差 %2 %3（已有 %4/%5）</source>
        <translation>%1: %2 more %3 needed (%4/%5 provided)</translation>
    </message>
</context>
<context>
    <name>sales::StartupController</name>
    <message>
        <source>已取消解锁。</source>
        <translation>Unlock cancelled.</translation>
    </message>
    <message>
        <source>正在生成演示数据（%1 条线索）…</source>
        <translation>Generating demo data (%1 leads)…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>首次启动</source>
        <translation>First Launch</translation>
    </message>
    <message>
        <source>无法打开工作区</source>
        <translation>Cannot Open Workspace</translation>
    </message>
</context>
</TS>
