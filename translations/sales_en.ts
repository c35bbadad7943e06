<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>WorkAreas</name>
    <message>
        <source>仪表盘</source>
        <translation>Dashboard</translation>
    </message>
</context>
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
    <name>main</name>
    <message>
        <source>该工作区已在另一个窗口中打开，已切换到那个窗口。</source>
        <translation>This workspace is already open in another window; switched to it.</translation>
    </message>
</context>
<context>
    <name>sales::ActivityDialog</name>
    <message>
        <source>记录跟进</source>
        <translation>Log Activity</translation>
    </message>
    <message>
        <source>为「%1」记录一次跟进。</source>
        <translation>Log an activity for “%1”.</translation>
    </message>
    <message>
        <source>方式(&amp;K)：</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>yyyy年M月d日 HH:mm</source>
        <comment>QDateTimeEdit display format</comment>
        <translation>MMM d, yyyy HH:mm</translation>
    </message>
    <message>
        <source>发生时间(&amp;T)：</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>客户说了什么、确认了什么、下一步做什么。</source>
        <translation>What the customer said, what was confirmed, and what happens next.</translation>
    </message>
    <message>
        <source>内容(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>有实质进展(&amp;P)</source>
        <translation>Real &amp;progress made</translation>
    </message>
    <message>
        <source>客户确认了需求、预算、时间或决策人等新信息，而不只是“已沟通”。</source>
        <translation>The customer confirmed new information such as needs, budget, timing or the decision maker — not just “we talked”.</translation>
    </message>
    <message>
        <source>附件(&amp;A)：</source>
        <translation>&amp;Attachments:</translation>
    </message>
    <message>
        <source>保存记录</source>
        <translation>Save Activity</translation>
    </message>
    <message>
        <source>补录：将记录为 %1 天前发生</source>
        <translation>Back-filled: will be recorded as %1 day(s) ago</translation>
    </message>
    <message>
        <source>附件「%1」已不在原来的位置，请重新添加。</source>
        <translation>Attachment “%1” is no longer at its original location. Please add it again.</translation>
    </message>
    <message>
        <source>」「</source>
        <translation>”, “</translation>
    </message>
</context>
<context>
    <name>sales::ActivityService</name>
    <message>
        <source>请填写发生时间</source>
        <translation>Please enter when it happened</translation>
    </message>
    <message>
        <source>发生时间不能晚于现在</source>
        <translation>The time cannot be in the future</translation>
    </message>
    <message>
        <source>发生时间不能早于线索创建前一天（%1）</source>
        <translation>The time cannot be more than one day before the lead was created (%1)</translation>
    </message>
    <message>
        <source>请写下这次跟进的内容（至少 %1 个字）</source>
        <translation>Please describe this activity (at least %1 characters)</translation>
    </message>
    <message>
        <source>录入用时不能为负数</source>
        <translation>The entry duration cannot be negative</translation>
    </message>
    <message>
        <source>附件「%1」无法保存：%2</source>
        <translation>Attachment “%1” could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>sales::Attachment</name>
    <message>
        <source>找不到文件「%1」。</source>
        <translation>File “%1” not found.</translation>
    </message>
    <message>
        <source>「%1」有 %2，超过 %3 的上限，无法添加。</source>
        <translation>“%1” is %2, which exceeds the %3 limit, so it cannot be added.</translation>
    </message>
    <message>
        <source>无法读取「%1」：%2</source>
        <translation>Could not read “%1”: %2</translation>
    </message>
</context>
<context>
    <name>sales::AttachmentList</name>
    <message>
        <source>添加附件(&amp;F)…</source>
        <translation>Add &amp;Files…</translation>
    </message>
    <message>
        <source>移除附件(&amp;R)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add Attachments</translation>
    </message>
    <message>
        <source>没有附件。也可以把文件拖到这个窗口里。</source>
        <translation>No attachments. You can also drag files into this window.</translation>
    </message>
</context>
<context>
    <name>sales::BlobStore</name>
    <message>
        <source>文件为空，未保存。</source>
        <translation>The file is empty and was not saved.</translation>
    </message>
    <message>
        <source>文件过大（%1），单个证据文件不能超过 %2。</source>
        <translation>The file is too large (%1); a single evidence file cannot exceed %2.</translation>
    </message>
    <message>
        <source>保存文件失败：%1</source>
        <translation>Could not save the file: %1</translation>
    </message>
    <message>
        <source>找不到该文件</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>文件内容校验失败，数据已损坏。</source>
        <translation>The file failed its integrity check; the data is damaged.</translation>
    </message>
</context>
<context>
    <name>sales::BlobTransfer</name>
    <message>
        <source>文件「%1」(%2) 在本机的内容与它的校验值不符（可能已损坏），服务器拒收，相关修改暂未上传</source>
        <translation>File “%1” (%2) on this computer does not match its checksum (it may be damaged); the server refused it, so the related changes have not been uploaded yet</translation>
    </message>
    <message>
        <source>文件「%1」(%2) 超过服务器允许的大小，相关修改暂未上传</source>
        <translation>File “%1” (%2) is larger than the server allows; the related changes have not been uploaded yet</translation>
    </message>
    <message>
        <source>文件「%1」(%2) 超过服务器允许的 %3，相关修改暂未上传</source>
        <translation>File “%1” (%2) is larger than the %3 the server allows; the related changes have not been uploaded yet</translation>
    </message>
</context>
<context>
    <name>sales::BulkInserter</name>
    <message>
        <source>列数不匹配：需要 %1，得到 %2</source>
        <translation>Column count mismatch: expected %1, got %2</translation>
    </message>
</context>
<context>
    <name>sales::CasePicker</name>
    <message>
        <source>按名称、行业或内容筛选，↓ 进入列表</source>
        <translation>Filter by name, industry or content; press ↓ to go to the list</translation>
    </message>
</context>
<context>
    <name>sales::CertificateProbe</name>
    <message numerus="yes">
        <source>连接服务器超时：%n 秒内没有完成加密握手</source>
        <translation>
            <numerusform>Connecting to the server timed out: the encrypted handshake did not finish within %n second</numerusform>
            <numerusform>Connecting to the server timed out: the encrypted handshake did not finish within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>服务器地址必须以 https:// 开头</source>
        <translation>The server address must start with https://</translation>
    </message>
    <message>
        <source>无法与服务器建立加密连接：%1</source>
        <translation>Cannot establish an encrypted connection to the server: %1</translation>
    </message>
</context>
<context>
    <name>sales::ComingSoonArea</name>
    <message>
        <source>「%1」即将推出。</source>
        <translation>“%1” is coming soon.</translation>
    </message>
</context>
<context>
    <name>sales::ConflictDialog</name>
    <message>
        <source>同步冲突</source>
        <translation>Sync Conflicts</translation>
    </message>
    <message>
        <source>下面这些修改没有按你输入的样子保存到服务器。请逐条决定保留哪一个；保留你的或合并后的内容，会在下次同步时上传。</source>
        <translation>The changes below were not saved to the server as you entered them. Decide for each one which version to keep; your version or a merged one will be uploaded at the next sync.</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>待处理(&amp;L)：</source>
        <translation>&amp;Pending:</translation>
    </message>
    <message>
        <source>我的(&amp;I)：</source>
        <translation>M&amp;ine:</translation>
    </message>
    <message>
        <source>服务器上的(&amp;V)：</source>
        <translation>On ser&amp;ver:</translation>
    </message>
    <message>
        <source>原值，双方开始时的值(&amp;O)：</source>
        <translation>&amp;Original (before either change):</translation>
    </message>
    <message>
        <source>合并结果，可以修改(&amp;E)：</source>
        <translation>M&amp;erged (editable):</translation>
    </message>
    <message>
        <source>保留我的(&amp;M)</source>
        <translation>Keep &amp;Mine</translation>
    </message>
    <message>
        <source>保留服务器的(&amp;S)</source>
        <translation>Keep &amp;Server’s</translation>
    </message>
    <message>
        <source>使用合并结果(&amp;U)</source>
        <translation>&amp;Use Merged</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>知道了(&amp;K)</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>不再保留这条修改（Ctrl+Enter）。需要的内容请先从上面复制。</source>
        <translation>Discard this change (Ctrl+Enter). Copy anything you need from above first.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>没有待处理的冲突。</source>
        <translation>No pending conflicts.</translation>
    </message>
    <message>
        <source>你和别人都改了“%1”，服务器保留了它上面的值。请选择保留哪一个，或者把两者合并。</source>
        <translation>You and someone else both changed “%1”, and the server kept its own value. Choose which one to keep, or merge the two.</translation>
    </message>
    <message>
        <source>服务器拒绝了这次修改：%1</source>
        <translation>The server rejected this change: %1</translation>
    </message>
    <message>
        <source>没有说明原因</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>原因代码：%1</source>
        <translation>Reason code: %1</translation>
    </message>
    <message>
        <source>这条记录已不在你的权限范围内（可能已转给别人），你的修改不能再上传。</source>
        <translation>You no longer have access to this record (it may have been reassigned), so your change can no longer be uploaded.</translation>
    </message>
    <message>
        <source>这条修改无法写回。需要保留的内容请从“我的”中复制，再选“知道了”。</source>
        <translation>This change cannot be written back. Copy anything you want to keep from “Mine”, then choose “Dismiss”.</translation>
    </message>
</context>
<context>
    <name>sales::ConflictLabels</name>
    <message>
        <source>整条记录</source>
        <translation>Entire record</translation>
    </message>
    <message>
        <source>商机名称</source>
        <translation>Lead title</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>客户名称</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>Team</translation>
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
        <source>来源渠道</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>流程模板</source>
        <translation>Pipeline template</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>进入阶段时间</source>
        <translation>Entered stage at</translation>
    </message>
    <message>
        <source>预计金额（元）</source>
        <translation>Expected amount (CNY)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>最近跟进时间</source>
        <translation>Last activity at</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>网站</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <source>录入时间</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <source>录入用时（秒）</source>
        <translation>Entry duration (s)</translation>
    </message>
    <message>
        <source>有进展</source>
        <translation>Real progress</translation>
    </message>
    <message>
        <source>证据项</source>
        <translation>Evidence item</translation>
    </message>
    <message>
        <source>关联案例</source>
        <translation>Linked case</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>原阶段</source>
        <translation>From stage</translation>
    </message>
    <message>
        <source>新阶段</source>
        <translation>To stage</translation>
    </message>
    <message>
        <source>变更时间</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>阶段回流</source>
        <translation>Stage backflow</translation>
    </message>
    <message>
        <source>双方都改了</source>
        <translation>Both changed</translation>
    </message>
    <message>
        <source>服务器拒绝</source>
        <translation>Rejected by server</translation>
    </message>
    <message>
        <source>已无权限</source>
        <translation>Access lost</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>sales::ConflictStore</name>
    <message>
        <source>这里应填写整数。</source>
        <translation>This must be a whole number.</translation>
    </message>
    <message>
        <source>这一项不能为空。</source>
        <translation>This field cannot be empty.</translation>
    </message>
    <message>
        <source>这里应填写文字。</source>
        <translation>This must be text.</translation>
    </message>
    <message>
        <source>只能是以下之一：%1</source>
        <translation>Must be one of: %1</translation>
    </message>
    <message>
        <source>内容太长。</source>
        <translation>The content is too long.</translation>
    </message>
    <message>
        <source>无法保存同步冲突：%1</source>
        <translation>Could not save the sync conflict: %1</translation>
    </message>
    <message>
        <source>无法读取同步冲突：%1</source>
        <translation>Could not read sync conflicts: %1</translation>
    </message>
    <message>
        <source>这条冲突已经处理过了，或者不存在。</source>
        <translation>This conflict has already been resolved or does not exist.</translation>
    </message>
    <message>
        <source>无法标记冲突为已处理：%1</source>
        <translation>Could not mark the conflict as resolved: %1</translation>
    </message>
    <message>
        <source>整条记录的修改不能直接写回，请复制其中的内容，核对后重新录入。</source>
        <translation>Changes to an entire record cannot be written back directly. Copy the content, check it, and enter it again.</translation>
    </message>
    <message>
        <source>无法写回：%1 没有字段 %2。</source>
        <translation>Cannot write back: %1 has no field %2.</translation>
    </message>
    <message>
        <source>这条记录已不在本机（可能已转给别人或被删除），不能再写回。</source>
        <translation>This record is no longer on this computer (it may have been reassigned or deleted) and can no longer be written back.</translation>
    </message>
    <message>
        <source>这条记录已被删除，不能再写回。</source>
        <translation>This record has been deleted and can no longer be written back.</translation>
    </message>
    <message>
        <source>无法开始事务：%1</source>
        <translation>Could not start a transaction: %1</translation>
    </message>
    <message>
        <source>无法记录本地修改：%1</source>
        <translation>Could not record the local change: %1</translation>
    </message>
    <message>
        <source>无法保存：%1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>阶段变更</source>
        <translation>Stage change</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · 跟进记录附件</source>
        <translation>%1 · Activity attachment</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>sales::ContactDialog</name>
    <message>
        <source>新建联系人</source>
        <translation>New Contact</translation>
    </message>
    <message>
        <source>为「%1」添加一位联系人。</source>
        <translation>Add a contact at “%1”.</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>职务(&amp;J)：</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>电话(&amp;P)：</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>角色(&amp;R)：</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>保存联系人</source>
        <translation>Save Contact</translation>
    </message>
    <message>
        <source>将保存为 %1</source>
        <translation>Will be saved as %1</translation>
    </message>
</context>
<context>
    <name>sales::DemoGenerator</name>
    <message>
        <source>生成演示数据失败：%1</source>
        <translation>Could not generate the demo data: %1</translation>
    </message>
    <message>
        <source>缺少演示数据词表资源</source>
        <translation>The demo data vocabulary resource is missing</translation>
    </message>
    <message>
        <source>缺少默认流程模板</source>
        <translation>The default pipeline template is missing</translation>
    </message>
    <message>
        <source>已取消生成演示数据</source>
        <translation>Demo data generation was cancelled</translation>
    </message>
    <message>
        <source>演示工作区中没有这种角色的用户</source>
        <translation>The demo workspace has nobody with this role</translation>
    </message>
</context>
<context>
    <name>sales::DiskSpace</name>
    <message>
        <source>磁盘已满：本地数据库所在的磁盘只剩 %L1 MB 可用，打开它需要约 %L2 MB。请清理磁盘空间后重试；本地数据保持原样，未做任何改动。</source>
        <translation>The disk is full: only %L1 MB is free on the disk that holds the local database, and opening it needs about %L2 MB. Free some disk space and try again; the local data was left as it is, unchanged.</translation>
    </message>
</context>
<context>
    <name>sales::DraftDialog</name>
    <message>
        <source>Ctrl+Enter 提交</source>
        <translation>Ctrl+Enter to submit</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存失败，请稍后再试。</source>
        <translation>Could not save. Please try again later.</translation>
    </message>
    <message>
        <source>放弃已填写的内容？</source>
        <translation>Discard what you have entered?</translation>
    </message>
    <message>
        <source>放弃后，这次填写的内容不会保存，草稿也会删除。</source>
        <translation>If you discard, your input will not be saved and the draft will be deleted.</translation>
    </message>
    <message>
        <source>放弃(&amp;D)</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>继续填写(&amp;C)</source>
        <translation>&amp;Continue Editing</translation>
    </message>
    <message>
        <source>草稿未能自动保存，已填写的内容仍在此窗口中，请尽快提交。</source>
        <translation>The draft could not be saved automatically. What you typed is still in this window; submit it soon.</translation>
    </message>
</context>
<context>
    <name>sales::DraftStore</name>
    <message>
        <source>草稿缺少名称或类型，未保存。</source>
        <translation>The draft has no name or type and was not saved.</translation>
    </message>
    <message>
        <source>草稿保存失败：%1</source>
        <translation>Could not save the draft: %1</translation>
    </message>
    <message>
        <source>读取草稿失败：%1</source>
        <translation>Could not read the draft: %1</translation>
    </message>
    <message>
        <source>草稿内容已损坏，无法恢复。</source>
        <translation>The draft is damaged and cannot be restored.</translation>
    </message>
    <message>
        <source>删除草稿失败：%1</source>
        <translation>Could not delete the draft: %1</translation>
    </message>
</context>
<context>
    <name>sales::EvidenceDialog</name>
    <message>
        <source>添加证据：%1</source>
        <translation>Add Evidence: %1</translation>
    </message>
    <message>
        <source>「%1」进入下一阶段需要：%2（%3）</source>
        <translation>To enter the next stage, “%1” needs: %2 (%3)</translation>
    </message>
    <message>
        <source>每行一条，每条至少 %1 个字。</source>
        <translation>One item per line, at least %1 characters each.</translation>
    </message>
    <message>
        <source>提交证据</source>
        <translation>Submit Evidence</translation>
    </message>
    <message>
        <source>每行写一个具体的痛点，例如：
现有设备每月停机 3 次，每次损失约 2 万元</source>
        <translation>One specific pain point per line, e.g.:
Current equipment goes down 3 times a month, costing about ¥20,000 each time</translation>
    </message>
    <message>
        <source>痛点(&amp;T)：</source>
        <translation>&amp;Pain points:</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>相似战例(&amp;C)：</source>
        <translation>Similar &amp;case:</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>如 王建国（采购总监）</source>
        <translation>e.g. Wang Jianguo (Procurement Director)</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>已有 %1 / 需要 %2</source>
        <translation>%1 provided / %2 required</translation>
    </message>
    <message>
        <source>文件「%1」已不在原来的位置，请重新选择。</source>
        <translation>File “%1” is no longer at its original location. Please choose it again.</translation>
    </message>
</context>
<context>
    <name>sales::EvidenceService</name>
    <message>
        <source>流程模板“%1”中没有证据项“%2”</source>
        <translation>Pipeline template “%1” has no evidence item “%2”</translation>
    </message>
    <message>
        <source>“%1”需要的是%2，不能用%3</source>
        <translation>“%1” requires evidence of type “%2”, not “%3”</translation>
    </message>
    <message>
        <source>请填写内容</source>
        <translation>Please enter the content</translation>
    </message>
    <message>
        <source>“%1”每条至少要有 %2 个字（标点和空格不算），请写得具体些</source>
        <translation>Each “%1” entry needs at least %2 characters (not counting punctuation and spaces); please be more specific</translation>
    </message>
    <message>
        <source>这一条已经记录过了</source>
        <translation>This entry has already been recorded</translation>
    </message>
    <message>
        <source>请填写文件名</source>
        <translation>Please enter a file name</translation>
    </message>
    <message>
        <source>文件是空的，请重新选择</source>
        <translation>The file is empty; please choose another one</translation>
    </message>
    <message>
        <source>同一个文件已经上传过了</source>
        <translation>This file has already been uploaded</translation>
    </message>
    <message>
        <source>请选择一个案例</source>
        <translation>Please choose a case</translation>
    </message>
    <message>
        <source>找不到该案例，可能已被删除</source>
        <translation>Case not found; it may have been deleted</translation>
    </message>
    <message>
        <source>这个案例已经关联过了</source>
        <translation>This case is already linked</translation>
    </message>
    <message>
        <source>“%1”要标注的是%2，不是%3</source>
        <translation>“%1” must be tagged as %2, not %3</translation>
    </message>
    <message>
        <source>空</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>请填写此人的姓名</source>
        <translation>Please enter this person’s name</translation>
    </message>
    <message>
        <source>%1 已经标注为%2</source>
        <translation>%1 is already tagged as %2</translation>
    </message>
    <message>
        <source>找不到该证据，可能已被删除</source>
        <translation>Evidence not found; it may have been deleted</translation>
    </message>
</context>
<context>
    <name>sales::EvidenceViewer</name>
    <message>
        <source>选择左侧的一项证据查看</source>
        <translation>Select an item of evidence on the left to see it</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>关联案例：%1</source>
        <translation>Linked case: %1</translation>
    </message>
    <message>
        <source>大小未知</source>
        <translation>size unknown</translation>
    </message>
    <message>
        <source>%1（%2）
文件尚未同步到本机，同步后可查看。</source>
        <translation>%1 (%2)
The file has not reached this computer yet; it can be seen after the next sync.</translation>
    </message>
    <message>
        <source>录音：%1（%2）
录音只列出，不在此播放。</source>
        <translation>Recording: %1 (%2)
Recordings are listed, not played here.</translation>
    </message>
    <message>
        <source>%1（%2）
文件较大，未在此显示。</source>
        <translation>%1 (%2)
The file is too large to show here.</translation>
    </message>
    <message>
        <source>%1（%2）
此类文件不能在此预览。</source>
        <translation>%1 (%2)
Files of this type cannot be previewed here.</translation>
    </message>
    <message>
        <source>%1（%2）
文件无法打开：内容与文件类型不符或已损坏。</source>
        <translation>%1 (%2)
The file cannot be opened: its content does not match its type, or it is damaged.</translation>
    </message>
</context>
<context>
    <name>sales::FieldMerge</name>
    <message>
        <source>%1 没有字段 %2</source>
        <translation>%1 has no field %2</translation>
    </message>
    <message>
        <source>%1 不能为空</source>
        <translation>%1 cannot be empty</translation>
    </message>
    <message>
        <source>%1 必须有值</source>
        <translation>%1 must have a value</translation>
    </message>
    <message>
        <source>%1 应为整数</source>
        <translation>%1 must be a whole number</translation>
    </message>
    <message>
        <source>不能小于 %1</source>
        <translation>cannot be less than %1</translation>
    </message>
    <message>
        <source>应在 %1 到 %2 之间</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>%1 应为文字</source>
        <translation>%1 must be text</translation>
    </message>
    <message>
        <source>%1 太长</source>
        <translation>%1 is too long</translation>
    </message>
    <message>
        <source>%1 只能是以下之一：%2</source>
        <translation>%1 must be one of: %2</translation>
    </message>
    <message>
        <source>新的 %1 缺少 %2</source>
        <translation>The new %1 is missing %2</translation>
    </message>
    <message>
        <source>%1.%2 指向的 %3「%4」不存在</source>
        <translation>The %3 “%4” that %1.%2 refers to does not exist</translation>
    </message>
</context>
<context>
    <name>sales::FilePicker</name>
    <message>
        <source>选择文件(&amp;F)…</source>
        <translation>Choose &amp;File…</translation>
    </message>
    <message>
        <source>把文件拖到这里</source>
        <translation>Drop a file here</translation>
    </message>
    <message>
        <source>图片和 PDF 可以预览；单个文件不超过 %1。</source>
        <translation>Images and PDFs can be previewed. Maximum file size: %1.</translation>
    </message>
    <message>
        <source>（此类文件无法预览）</source>
        <translation>(No preview available for this file type)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>选择文件</source>
        <translation>Choose File</translation>
    </message>
    <message>
        <source>图片和 PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</source>
        <translation>Images and PDFs (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>一次只能添加一个文件，请分别拖入。</source>
        <translation>Only one file can be added at a time. Please drop them one by one.</translation>
    </message>
</context>
<context>
    <name>sales::FingerprintDialog</name>
    <message>
        <source>确认服务器证书</source>
        <translation>Verify Server Certificate</translation>
    </message>
    <message>
        <source>第一次连接到 &lt;b&gt;%1&lt;/b&gt;。请确认它就是你们公司的服务器：</source>
        <translation>Connecting to &lt;b&gt;%1&lt;/b&gt; for the first time. Please confirm that it is your company’s server:</translation>
    </message>
    <message>
        <source>服务器证书的 SHA-256 指纹：</source>
        <translation>SHA-256 fingerprint of the server certificate:</translation>
    </message>
    <message>
        <source>请和管理员运行 sales-server init 时显示的“SHA-256 fingerprint”逐段核对（或者直接问管理员）。完全一致才选“信任此服务器”；有任何一处不同，请取消并联系管理员：连接可能被人冒充，密码和客户数据会泄露。</source>
        <translation>Compare it group by group with the “SHA-256 fingerprint” shown when your administrator ran sales-server init (or simply ask your administrator). Choose “Trust This Server” only if it matches exactly. If anything differs, cancel and contact your administrator: someone may be impersonating the server, and your password and customer data could be exposed.</translation>
    </message>
    <message>
        <source>服务器证书已改变</source>
        <translation>Server Certificate Changed</translation>
    </message>
    <message>
        <source>警告：%1 现在出示的证书和之前信任的不一样！</source>
        <translation>Warning: the certificate %1 now presents differs from the one you trusted before!</translation>
    </message>
    <message>
        <source>可能是管理员更换了服务器证书，也可能是有人冒充服务器，想截获你的密码和客户数据。在和管理员核对新指纹之前，请不要继续。</source>
        <translation>Your administrator may have replaced the server certificate, or someone may be impersonating the server to intercept your password and customer data. Do not continue until you have verified the new fingerprint with your administrator.</translation>
    </message>
    <message>
        <source>之前信任的指纹：</source>
        <translation>Previously trusted fingerprint:</translation>
    </message>
    <message>
        <source>现在收到的指纹：</source>
        <translation>Fingerprint received now:</translation>
    </message>
    <message>
        <source>我已和管理员核对，改用新证书(&amp;V)</source>
        <translation>I have &amp;verified it with my administrator; switch to the new certificate</translation>
    </message>
    <message>
        <source>改用新证书(&amp;T)</source>
        <translation>&amp;Trust New Certificate</translation>
    </message>
    <message>
        <source>信任此服务器(&amp;T)</source>
        <translation>&amp;Trust This Server</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sales::KeyStore</name>
    <message>
        <source>系统钥匙串拒绝了访问（%1），将改用口令保护本地数据库。</source>
        <translation>The system keychain denied access (%1); the local database will be protected with a passphrase instead.</translation>
    </message>
    <message>
        <source>系统钥匙串不可用（%1），将改用口令保护本地数据库。</source>
        <translation>The system keychain is unavailable (%1); the local database will be protected with a passphrase instead.</translation>
    </message>
    <message>
        <source>系统钥匙串长时间没有响应，将改用口令保护本地数据库。</source>
        <translation>The system keychain did not respond for a long time; the local database will be protected with a passphrase instead.</translation>
    </message>
    <message>
        <source>随机数生成器不可用，无法检测系统钥匙串。</source>
        <translation>The random number generator is unavailable, so the system keychain cannot be checked.</translation>
    </message>
    <message>
        <source>写入的测试数据读不回来，钥匙串可能已锁定</source>
        <translation>the test data written could not be read back; the keychain may be locked</translation>
    </message>
    <message>
        <source>读回的测试数据与写入的不一致</source>
        <translation>the test data read back differs from what was written</translation>
    </message>
    <message>
        <source>工作区标识或密钥为空，未写入钥匙串。</source>
        <translation>The workspace ID or the key is empty; nothing was written to the keychain.</translation>
    </message>
    <message>
        <source>无法把数据库密钥保存到系统钥匙串（%1）。</source>
        <translation>Could not save the database key to the system keychain (%1).</translation>
    </message>
    <message>
        <source>工作区标识为空。</source>
        <translation>The workspace ID is empty.</translation>
    </message>
    <message>
        <source>系统钥匙串中没有这个工作区的数据库密钥。</source>
        <translation>The system keychain holds no database key for this workspace.</translation>
    </message>
    <message>
        <source>无法从系统钥匙串读取数据库密钥（%1）。</source>
        <translation>Could not read the database key from the system keychain (%1).</translation>
    </message>
    <message>
        <source>无法从系统钥匙串删除数据库密钥（%1）。</source>
        <translation>Could not delete the database key from the system keychain (%1).</translation>
    </message>
</context>
<context>
    <name>sales::KnowledgeRepository</name>
    <message>
        <source>流程模板 %1 无法解析：%2</source>
        <translation>Pipeline template %1 cannot be parsed: %2</translation>
    </message>
    <message>
        <source>流程模板 %1 无效：%2</source>
        <translation>Pipeline template %1 is invalid: %2</translation>
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
    <name>sales::LeadActions</name>
    <message>
        <source>无法推进</source>
        <translation>Cannot Advance</translation>
    </message>
    <message>
        <source>该线索已在最后阶段。</source>
        <translation>This lead is already at the final stage.</translation>
    </message>
    <message>
        <source>阶段锁：无法推进到「%1」</source>
        <translation>Stage Lock: Cannot Advance to “%1”</translation>
    </message>
    <message>
        <source>无法退回</source>
        <translation>Cannot Move Back</translation>
    </message>
    <message>
        <source>该线索已在第一个阶段。</source>
        <translation>This lead is already at the first stage.</translation>
    </message>
    <message>
        <source>无法添加证据</source>
        <translation>Cannot Add Evidence</translation>
    </message>
    <message>
        <source>请选择文件。</source>
        <translation>Please choose a file.</translation>
    </message>
    <message>
        <source>无法提交审核</source>
        <translation>Cannot submit for review</translation>
    </message>
</context>
<context>
    <name>sales::LeadDetail</name>
    <message>
        <source>找不到该线索</source>
        <translation>Lead not found</translation>
    </message>
    <message>
        <source>找不到流程模板 %1</source>
        <translation>Pipeline template %1 not found</translation>
    </message>
</context>
<context>
    <name>sales::LeadFilterBar</name>
    <message>
        <source>搜索公司、联系人或电话</source>
        <translation>Search company, contact or phone</translation>
    </message>
    <message>
        <source>搜索线索</source>
        <translation>Search leads</translation>
    </message>
    <message>
        <source>阶段筛选</source>
        <translation>Stage filter</translation>
    </message>
    <message>
        <source>时限筛选</source>
        <translation>SLA filter</translation>
    </message>
    <message>
        <source>行业筛选</source>
        <translation>Industry filter</translation>
    </message>
    <message>
        <source>区域筛选</source>
        <translation>Region filter</translation>
    </message>
    <message>
        <source>来源筛选</source>
        <translation>Source filter</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
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
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>全部行业</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>全部区域</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>即将到期或超时</source>
        <translation>Due soon or overdue</translation>
    </message>
</context>
<context>
    <name>sales::LeadQuery</name>
    <message>
        <source>%1（%2）</source>
        <comment>stage name (template name)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sales::LeadService</name>
    <message>
        <source>所选客户不存在或已被删除</source>
        <translation>The selected account does not exist or has been deleted</translation>
    </message>
    <message>
        <source>请填写客户名称</source>
        <translation>Please enter the account name</translation>
    </message>
    <message>
        <source>客户名称应为 %1–%2 个字</source>
        <translation>The account name must be %1–%2 characters long</translation>
    </message>
    <message>
        <source>所选区域不存在</source>
        <translation>The selected region does not exist</translation>
    </message>
    <message>
        <source>所选联系人不存在或已被删除</source>
        <translation>The selected contact does not exist or has been deleted</translation>
    </message>
    <message>
        <source>所选联系人不属于该客户</source>
        <translation>The selected contact does not belong to this account</translation>
    </message>
    <message>
        <source>填写了电话，请同时填写联系人姓名</source>
        <translation>A phone number was entered; please also enter the contact name</translation>
    </message>
    <message>
        <source>联系人姓名不能超过 %1 个字</source>
        <translation>The contact name cannot exceed %1 characters</translation>
    </message>
    <message>
        <source>联系人角色应为：%1</source>
        <translation>The contact role must be one of: %1</translation>
    </message>
    <message>
        <source>行业应为：%1</source>
        <translation>The industry must be one of: %1</translation>
    </message>
    <message>
        <source>来源渠道应为：%1</source>
        <translation>The source must be one of: %1</translation>
    </message>
    <message>
        <source>预计金额不能为负数</source>
        <translation>The expected amount cannot be negative</translation>
    </message>
    <message>
        <source>商机名称不能超过 %1 个字</source>
        <translation>The lead title cannot exceed %1 characters</translation>
    </message>
    <message>
        <source>找不到流程模板“%1”</source>
        <translation>Pipeline template “%1” not found</translation>
    </message>
    <message>
        <source>请先选择客户</source>
        <translation>Choose an account first</translation>
    </message>
    <message>
        <source>请填写联系人姓名</source>
        <translation>Enter the contact’s name</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>, </translation>
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
    <message>
        <source>无法读取线索列表：%1</source>
        <translation>Could not load the lead list: %1</translation>
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
    <message>
        <source>退回(&amp;B)…</source>
        <translation>Move &amp;Back…</translation>
    </message>
    <message>
        <source>记录跟进(&amp;L)…</source>
        <translation>&amp;Log Activity…</translation>
    </message>
    <message>
        <source>双击或按回车添加这一项证据</source>
        <translation>Double-click or press Enter to add this evidence</translation>
    </message>
    <message>
        <source>推进阶段</source>
        <translation>Advance Stage</translation>
    </message>
    <message>
        <source>推进到「%1」</source>
        <translation>Advance to “%1”</translation>
    </message>
    <message>
        <source>阶段锁：证据未齐，暂不能推进。还缺 %1 项。</source>
        <translation>Stage lock: evidence is incomplete, so the lead cannot advance yet. %1 item(s) missing.</translation>
    </message>
    <message>
        <source>证据已齐全。</source>
        <translation>All evidence is in place.</translation>
    </message>
    <message>
        <source>&#x3000;［附件 %1 个］</source>
        <translation>  [%1 attachment(s)]</translation>
    </message>
    <message>
        <source>阶段锁：证据已齐全，%1。</source>
        <translation>Stage lock: the evidence is complete; %1.</translation>
    </message>
</context>
<context>
    <name>sales::LeadsArea</name>
    <message>
        <source>今日待办与超时</source>
        <translation>Today&apos;s to-dos and overdue</translation>
    </message>
    <message>
        <source>全部线索</source>
        <translation>All leads</translation>
    </message>
    <message>
        <source>我的线索</source>
        <translation>My leads</translation>
    </message>
    <message>
        <source>列表中 %1 条线索</source>
        <translation>%1 leads in the list</translation>
    </message>
    <message>
        <source>线索列表</source>
        <translation>Lead list</translation>
    </message>
    <message>
        <source>请在左侧选择一条线索。</source>
        <translation>Select a lead on the left.</translation>
    </message>
    <message>
        <source>无法读取该线索：%1</source>
        <translation>Could not load this lead: %1</translation>
    </message>
    <message>
        <source>新建线索(&amp;N)…</source>
        <translation>&amp;New Lead…</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>记录跟进(&amp;L)…</source>
        <translation>&amp;Log Activity…</translation>
    </message>
    <message>
        <source>推进阶段(&amp;A)</source>
        <translation>&amp;Advance Stage</translation>
    </message>
    <message>
        <source>退回阶段(&amp;B)…</source>
        <translation>Move Stage &amp;Back…</translation>
    </message>
    <message>
        <source>添加证据(&amp;E)…</source>
        <translation>Add &amp;Evidence…</translation>
    </message>
    <message>
        <source>新建联系人(&amp;C)…</source>
        <translation>New &amp;Contact…</translation>
    </message>
    <message>
        <source>线索(&amp;L)</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>读取筛选项失败：%1</source>
        <translation>Could not read the filter choices: %1</translation>
    </message>
    <message>
        <source>本地数据库已损坏，列表未显示</source>
        <translation>The local database is damaged; the list is not shown</translation>
    </message>
    <message>
        <source>线索列表读取失败</source>
        <translation>The lead list could not be read</translation>
    </message>
    <message>
        <source>线索列表无法读取，未显示任何线索。</source>
        <translation>The lead list could not be read, so no leads are shown.</translation>
    </message>
    <message>
        <source>本地数据库文件已损坏</source>
        <translation>The local database file is damaged</translation>
    </message>
    <message>
        <source>本地数据库文件已损坏，筛选项未显示</source>
        <translation>The local database file is damaged; the filter choices are not shown</translation>
    </message>
</context>
<context>
    <name>sales::LoginDialog</name>
    <message>
        <source>登录服务器</source>
        <translation>Sign In to Server</translation>
    </message>
    <message>
        <source>登录后，本机的数据会与服务器同步。服务器地址请向管理员索取。</source>
        <translation>Once you sign in, the data on this computer is synced with the server. Ask your administrator for the server address.</translation>
    </message>
    <message>
        <source>服务器地址(&amp;S)：</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>管理员在设备列表中看到的名字，便于在设备丢失时吊销它。</source>
        <translation>The name your administrator sees in the device list, so the device can be revoked if it is lost.</translation>
    </message>
    <message>
        <source>设备名称(&amp;D)：</source>
        <translation>&amp;Device name:</translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <source>Enter 或 Ctrl+Enter 登录</source>
        <translation>Enter or Ctrl+Enter to sign in</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>重新登录</source>
        <translation>Sign In Again</translation>
    </message>
    <message>
        <source>请填写服务器地址，例如 https://sales.example.com:8443</source>
        <translation>Please enter the server address, e.g. https://sales.example.com:8443</translation>
    </message>
    <message>
        <source>服务器地址必须以 https:// 开头，例如 https://sales.example.com:8443</source>
        <translation>The server address must start with https://, e.g. https://sales.example.com:8443</translation>
    </message>
    <message>
        <source>服务器地址的格式不对，例如 https://sales.example.com:8443</source>
        <translation>The server address is not valid; use a form like https://sales.example.com:8443</translation>
    </message>
    <message>
        <source>服务器地址缺少主机名，例如 https://sales.example.com:8443</source>
        <translation>The server address is missing the host name, e.g. https://sales.example.com:8443</translation>
    </message>
    <message>
        <source>服务器地址只需要主机名和端口，例如 https://sales.example.com:8443</source>
        <translation>The server address needs only the host name and port, e.g. https://sales.example.com:8443</translation>
    </message>
    <message>
        <source>请填写用户名</source>
        <translation>Please enter your user name</translation>
    </message>
    <message>
        <source>请填写密码</source>
        <translation>Please enter your password</translation>
    </message>
    <message>
        <source>请填写设备名称，例如“张三的笔记本”</source>
        <translation>Please enter a device name, e.g. “Zhang San’s laptop”</translation>
    </message>
</context>
<context>
    <name>sales::MainWindow</name>
    <message>
        <source>销售罗盘 — %1</source>
        <translation>Sales Compass — %1</translation>
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
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>常用操作</source>
        <translation>Common Actions</translation>
    </message>
    <message>
        <source>同步(&amp;S)</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>立即同步(&amp;Y)</source>
        <translation>Sync &amp;Now</translation>
    </message>
    <message>
        <source>同步冲突(&amp;C)…</source>
        <translation>Sync &amp;Conflicts…</translation>
    </message>
    <message>
        <source>登录服务器(&amp;I)…</source>
        <translation>Sign &amp;In to Server…</translation>
    </message>
    <message>
        <source>退出登录(&amp;O)</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>工作区：%1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>本地数据库文件已损坏，同步已停止</source>
        <translation>The local database file is damaged; syncing has stopped</translation>
    </message>
</context>
<context>
    <name>sales::Migrator</name>
    <message>
        <source>无法读取数据库结构版本：%1</source>
        <translation>Could not read the database schema version: %1</translation>
    </message>
    <message>
        <source>此数据库由更新版本的客户端创建（结构版本 %1，本程序支持到 %2），请升级客户端。</source>
        <translation>This database was created by a newer version of the client (schema version %1; this program supports up to %2). Please update the client.</translation>
    </message>
    <message>
        <source>缺少第 %1 版数据库迁移脚本</source>
        <translation>The database migration script for version %1 is missing</translation>
    </message>
    <message>
        <source>无法读取迁移脚本 %1</source>
        <translation>Could not read migration script %1</translation>
    </message>
    <message>
        <source>无法开始迁移事务：%1</source>
        <translation>Could not start the migration transaction: %1</translation>
    </message>
    <message>
        <source>数据库迁移 %1 失败：%2</source>
        <translation>Database migration %1 failed: %2</translation>
    </message>
    <message>
        <source>数据库迁移 %1 无法提交：%2</source>
        <translation>Database migration %1 could not be committed: %2</translation>
    </message>
</context>
<context>
    <name>sales::MoveBackDialog</name>
    <message>
        <source>退回阶段</source>
        <translation>Move Stage Back</translation>
    </message>
    <message>
        <source>把「%1」退回到更早的阶段。退回会计入阶段回流，请写明原因。</source>
        <translation>Move “%1” back to an earlier stage. Moving back counts as a stage backflow, so please give a reason.</translation>
    </message>
    <message>
        <source>退回到(&amp;S)：</source>
        <translation>Back to &amp;stage:</translation>
    </message>
    <message>
        <source>例如：客户预算冻结，需要重新确认需求</source>
        <translation>e.g. Customer budget frozen; requirements need to be reconfirmed</translation>
    </message>
    <message>
        <source>原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>确认退回</source>
        <translation>Move Back</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sales::NewLeadDialog</name>
    <message>
        <source>新建线索</source>
        <translation>New Lead</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>公司名称(&amp;C)：</source>
        <translation>&amp;Company name:</translation>
    </message>
    <message>
        <source>行业(&amp;I)：</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>区域(&amp;G)：</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>城市(&amp;Y)：</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>职务(&amp;J)：</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>电话(&amp;P)：</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>手机或带区号的座机，如 138 0013 8000、0571-8888 6666</source>
        <translation>Mobile or landline with area code, e.g. 138 0013 8000, 0571-8888 6666</translation>
    </message>
    <message>
        <source>角色(&amp;R)：</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>线索</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>线索标题(&amp;T)：</source>
        <translation>Lead &amp;title:</translation>
    </message>
    <message>
        <source>默认与公司名称相同</source>
        <translation>Defaults to the company name</translation>
    </message>
    <message>
        <source>来源(&amp;S)：</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>预计金额（元）(&amp;M)：</source>
        <translation>Expected a&amp;mount (CNY):</translation>
    </message>
    <message>
        <source>以元为单位，如 125000</source>
        <translation>In CNY, e.g. 125000</translation>
    </message>
    <message>
        <source>可能重复(&amp;D)</source>
        <translation>Possible &amp;duplicates</translation>
    </message>
    <message>
        <source>以下客户可能与这条线索重复。回车打开已有线索，或确认后继续保存。</source>
        <translation>These accounts may duplicate this lead. Press Enter to open an existing lead, or confirm to save anyway.</translation>
    </message>
    <message>
        <source>创建线索</source>
        <translation>Create Lead</translation>
    </message>
    <message>
        <source>将保存为 %1</source>
        <translation>Will be saved as %1</translation>
    </message>
    <message>
        <source>电话号码格式不正确。</source>
        <translation>The phone number format is invalid.</translation>
    </message>
    <message>
        <source>即 %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>同一电话：%1（%2 %3）</source>
        <translation>Same phone: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>名称相近：%1</source>
        <translation>Similar name: %1</translation>
    </message>
    <message>
        <source>，进行中的线索「%1」</source>
        <translation>, open lead “%1”</translation>
    </message>
    <message>
        <source>可能重复(&amp;D)：%1 条</source>
        <translation>Possible &amp;duplicates: %1</translation>
    </message>
</context>
<context>
    <name>sales::Passphrase</name>
    <message>
        <source>口令太短：至少需要 %1 个字符，当前只有 %2 个。</source>
        <translation>The passphrase is too short: it needs at least %1 characters and has only %2.</translation>
    </message>
    <message>
        <source>口令只用了一类字符（例如全是数字或全是小写字母），请混合使用大小写字母、数字、汉字或符号。</source>
        <translation>The passphrase uses only one kind of character (for example only digits or only lowercase letters); mix upper- and lowercase letters, digits, Chinese characters or symbols.</translation>
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
    <name>sales::Phone</name>
    <message>
        <source>手机号应为 11 位，以 1 开头（现在是 %1 位）</source>
        <translation>Mobile numbers must have 11 digits starting with 1 (currently %1)</translation>
    </message>
    <message>
        <source>手机号号段不对：第二位应为 3–9</source>
        <translation>Invalid mobile prefix: the second digit must be 3–9</translation>
    </message>
    <message>
        <source>400/800 号码应为 10 位，例如 400-820-8820</source>
        <translation>400/800 numbers must have 10 digits, e.g. 400-820-8820</translation>
    </message>
    <message>
        <source>区号“%1”不存在，请检查座机号码</source>
        <translation>Area code “%1” does not exist; please check the landline number</translation>
    </message>
    <message>
        <source>区号 %1 后应为 8 位号码（现在是 %2 位）</source>
        <translation>Area code %1 must be followed by 8 digits (currently %2)</translation>
    </message>
    <message>
        <source>区号 %1 后应为 7–8 位号码（现在是 %2 位）</source>
        <translation>Area code %1 must be followed by 7–8 digits (currently %2)</translation>
    </message>
    <message>
        <source>座机号码不能以 0 或 1 开头（区号之后）</source>
        <translation>A landline number cannot start with 0 or 1 (after the area code)</translation>
    </message>
    <message>
        <source>目前只支持中国大陆号码（+86）</source>
        <translation>Only mainland China numbers (+86) are currently supported</translation>
    </message>
    <message>
        <source>请输入电话号码</source>
        <translation>Please enter a phone number</translation>
    </message>
    <message>
        <source>座机号码请加上区号，例如 0571-8888 6666</source>
        <translation>Please include the area code for landlines, e.g. 0571-8888 6666</translation>
    </message>
    <message>
        <source>无法识别的号码：手机号应为 11 位，以 1 开头；座机号码需带区号</source>
        <translation>Unrecognized number: mobile numbers have 11 digits starting with 1; landlines need an area code</translation>
    </message>
    <message>
        <source>手机号不能带分机号</source>
        <translation>Mobile numbers cannot have an extension</translation>
    </message>
    <message>
        <source>分机号应为 1–%1 位数字</source>
        <translation>The extension must be 1–%1 digits</translation>
    </message>
    <message>
        <source>电话号码中有无法识别的字符“%1”</source>
        <translation>The phone number contains an unrecognized character “%1”</translation>
    </message>
</context>
<context>
    <name>sales::PullPage</name>
    <message>
        <source>一行缺少 e、id 或 rev</source>
        <translation>a row lacks e, id or rev</translation>
    </message>
    <message>
        <source>%1 %2 的 f 不是对象</source>
        <translation>f of %1 %2 is not an object</translation>
    </message>
    <message>
        <source>%1.%2 的值类型不对</source>
        <translation>%1.%2 has a value of the wrong type</translation>
    </message>
    <message>
        <source>服务器的同步数据无法解析：%1</source>
        <translation>The server&apos;s sync data cannot be read: %1</translation>
    </message>
    <message>
        <source>缺少 changes、cursor 或 has_more</source>
        <translation>changes, cursor or has_more is missing</translation>
    </message>
    <message>
        <source>removals 不是数组</source>
        <translation>removals is not an array</translation>
    </message>
    <message>
        <source>changes 中的一行没有 f</source>
        <translation>a row in changes has no f</translation>
    </message>
    <message>
        <source>同步已结束</source>
        <translation>Sync has finished</translation>
    </message>
</context>
<context>
    <name>sales::ReplicaConnection</name>
    <message>
        <source>找不到本地数据库文件：%1</source>
        <translation>Local database file not found: %1</translation>
    </message>
    <message>
        <source>无法解密本地数据库：密钥不正确或文件已损坏。</source>
        <translation>Cannot decrypt the local database: the key is wrong or the file is damaged.</translation>
    </message>
    <message>
        <source>无法打开本地数据库：%1</source>
        <translation>Cannot open the local database: %1</translation>
    </message>
    <message>
        <source>无法配置本地数据库：%1</source>
        <translation>Cannot configure the local database: %1</translation>
    </message>
    <message>
        <source>本地数据库文件已损坏（文件被截断，%1 字节）。文件保持原样，未做任何改动。</source>
        <translation>The local database file is damaged (truncated, %1 bytes). The file was left as it is, unchanged.</translation>
    </message>
    <message>
        <source>本地数据库文件已损坏。文件保持原样，未做任何改动。</source>
        <translation>The local database file is damaged. The file was left as it is, unchanged.</translation>
    </message>
</context>
<context>
    <name>sales::ReplicaDamage</name>
    <message>
        <source>请从服务器重新同步此工作区：服务器上的数据会完整恢复；尚未上传的本地修改可能需要重新录入。</source>
        <translation>Please sync this workspace again from the server: the data on the server comes back complete; local changes not yet uploaded may need to be entered again.</translation>
    </message>
    <message>
        <source>请关闭程序，不要删除或改动该文件，将文件 %1 复制一份交给技术支持恢复。</source>
        <translation>Close the program, do not delete or change the file, and give a copy of %1 to support for recovery.</translation>
    </message>
    <message>
        <source>此工作区没有连接服务器，无法重新同步。</source>
        <translation>This workspace is not connected to a server, so it cannot be synced again. </translation>
    </message>
    <message>
        <source>如果此工作区连接了同步服务器：</source>
        <translation>If this workspace syncs with a server: </translation>
    </message>
    <message>
        <source>如果没有连接服务器：</source>
        <translation>If it does not: </translation>
    </message>
    <message>
        <source>本地数据库文件已损坏，部分数据读不出来。读不全的内容不会显示，以免误导。文件保持原样，未做任何改动。</source>
        <translation>The local database file is damaged and part of it cannot be read. So as not to mislead you, nothing that cannot be read whole is shown. The file was left as it is; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>sales::ReplicaHealthCheck</name>
    <message>
        <source>本地数据库已损坏</source>
        <translation>The local database is damaged</translation>
    </message>
</context>
<context>
    <name>sales::Repository</name>
    <message>
        <source>保存失败：%1</source>
        <translation>Save failed: %1</translation>
    </message>
</context>
<context>
    <name>sales::ReviewAuthority</name>
    <message>
        <source>这一轮审核已经有了结论</source>
        <translation>This round of the review has already been decided</translation>
    </message>
    <message>
        <source>不能审核自己提交的审核</source>
        <translation>You cannot decide a review you submitted yourself</translation>
    </message>
    <message>
        <source>销售代表不能审核</source>
        <translation>Sales reps cannot decide reviews</translation>
    </message>
    <message>
        <source>这条线索不属于你的团队（可能已转给其他团队），不能由你审核</source>
        <translation>This lead is not your team&apos;s (it may have moved to another team), so you cannot decide it</translation>
    </message>
    <message>
        <source>已超时并升级给区域经理，由区域经理审核</source>
        <translation>It passed its deadline and was escalated: the region&apos;s manager decides it</translation>
    </message>
    <message>
        <source>这条线索不属于你的区域，不能由你审核</source>
        <translation>This lead is not in your region, so you cannot decide it</translation>
    </message>
    <message>
        <source>这条审核尚未升级，应由团队主管审核</source>
        <translation>This review has not been escalated: the team&apos;s supervisor decides it</translation>
    </message>
    <message>
        <source>无权审核</source>
        <translation>You may not decide reviews</translation>
    </message>
</context>
<context>
    <name>sales::ReviewBox</name>
    <message>
        <source>话术包</source>
        <translation>Script pack</translation>
    </message>
    <message>
        <source>补充证据后重新提交审核(&amp;S)</source>
        <translation>&amp;Submit again after adding evidence</translation>
    </message>
    <message>
        <source>（本机按同一规则推算，待同步确认）</source>
        <translation> (computed here by the same rule, provisional until synced)</translation>
    </message>
    <message>
        <source>「%1」需要主管审核，尚未提交。</source>
        <translation>“%1” needs a supervisor&apos;s review; not submitted yet.</translation>
    </message>
    <message>
        <source>超时将升级给区域经理</source>
        <translation>goes to the regional manager at the deadline</translation>
    </message>
    <message>
        <source>超时将自动驳回</source>
        <translation>rejected automatically at the deadline</translation>
    </message>
    <message>
        <source>批准之后证据有变更，原批准已失效，待主管重新审核（第 %1 轮）。</source>
        <translation>The evidence changed after the approval: the approval is void, waiting for the supervisor to review again (round %1).</translation>
    </message>
    <message>
        <source>待审核（第 %1 轮）：主管审核通过后才能推进。</source>
        <translation>Waiting for review (round %1): it can advance once the supervisor approves.</translation>
    </message>
    <message>
        <source>截止 %1，%2；%3。</source>
        <translation>Due %1, %2; %3.</translation>
    </message>
    <message>
        <source>还剩 %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>已超时 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>已超时升级给区域经理，待其审核（第 %1 轮）。</source>
        <translation>Escalated to the regional manager at the deadline, waiting for their review (round %1).</translation>
    </message>
    <message>
        <source>审核已通过（%1，%2）。</source>
        <translation>Approved (%1, %2).</translation>
    </message>
    <message>
        <source>主管</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>system</translation>
    </message>
    <message>
        <source>审核未通过（第 %1 轮，%2，%3）：%4</source>
        <translation>Rejected (round %1, %2, %3): %4</translation>
    </message>
    <message>
        <source>补充证据后重新提交，这是同一审核的下一轮。</source>
        <translation>Add evidence and submit again: it is the same review&apos;s next round.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;话术包&lt;/b&gt;（「%1」阶段）&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Script pack&lt;/b&gt; (stage “%1”)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>提交审核(&amp;S)</source>
        <translation>&amp;Submit for review</translation>
    </message>
</context>
<context>
    <name>sales::ReviewCase</name>
    <message>
        <source>无法读取%1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>证据：%1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>跟进 %1 %2</source>
        <translation>Activity %1 %2</translation>
    </message>
    <message>
        <source>无法读取证据文件 %1：%2</source>
        <translation>Cannot read the evidence file %1: %2</translation>
    </message>
    <message>
        <source>关联案例</source>
        <translation>linked cases</translation>
    </message>
    <message>
        <source>审核结论</source>
        <translation>review decisions</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>people</translation>
    </message>
    <message>
        <source>M月d日</source>
        <comment>date format of an activity&apos;s day</comment>
        <translation>MMM d</translation>
    </message>
</context>
<context>
    <name>sales::ReviewCasePanel</name>
    <message>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>超时升级给区域经理</source>
        <translation>escalated to the regional manager at the deadline</translation>
    </message>
    <message>
        <source>超时自动驳回</source>
        <translation>rejected automatically at the deadline</translation>
    </message>
    <message>
        <source>意见（该轮已有结论后提交）</source>
        <translation>comment (sent after the round was decided)</translation>
    </message>
    <message>
        <source>队列中没有选中的事项</source>
        <translation>No item of the queue is selected</translation>
    </message>
    <message>
        <source>审核清单</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>驳回原因（驳回时必填，销售据此补充证据）</source>
        <translation>Reason for rejecting (required to reject; the rep adds evidence from it)</translation>
    </message>
    <message>
        <source>驳回原因</source>
        <translation>Reason for rejecting</translation>
    </message>
    <message>
        <source>通过 (Ctrl+Enter)</source>
        <translation>Approve (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>驳回 (Ctrl+Shift+R)</source>
        <translation>Reject (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>%1 · 销售 %2 · 进入「%3」待审核 · 第 %4 轮 · 提交于 %5</source>
        <translation>%1 · rep %2 · waiting for review in “%3” · round %4 · submitted %5</translation>
    </message>
    <message>
        <source>超时将升级给区域经理</source>
        <translation>goes to the regional manager at the deadline</translation>
    </message>
    <message>
        <source>超时将自动驳回（超时未审核）</source>
        <translation>rejected automatically at the deadline (not reviewed in time)</translation>
    </message>
    <message>
        <source>截止 %1 · %2 · %3</source>
        <translation>due %1 · %2 · %3</translation>
    </message>
    <message>
        <source>已超时升级，由区域经理决定。</source>
        <translation>Escalated at the deadline: the regional manager decides.</translation>
    </message>
    <message>
        <source>（本机按同一规则推算，待同步确认）</source>
        <translation> (computed here by the same rule, provisional until synced)</translation>
    </message>
    <message>
        <source>批准之后证据有变更（新增、替换或删除），原批准已失效，请按现在的证据重新审核。</source>
        <translation>The evidence changed after the approval (added, replaced or removed): the approval is void. Review the evidence as it is now.</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>system</translation>
    </message>
    <message>
        <source>第 %1 轮 · %2 · %3 %4</source>
        <translation>round %1 · %2 · %3 %4</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;审核记录&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Review history&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>请人工确认后勾选</source>
        <translation>check by hand, then tick</translation>
    </message>
    <message>
        <source>✓ 自动检查找到 %1 处</source>
        <translation>✓ found %1 time(s) automatically</translation>
    </message>
    <message>
        <source>“%1” · %2：%3</source>
        <translation>“%1” · %2: %3</translation>
    </message>
    <message>
        <source>⚠ 未找到：%1</source>
        <translation>⚠ not found: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2：%3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · 案例：%2</source>
        <translation>%1 · case: %2</translation>
    </message>
    <message>
        <source>%1 · 文件 %2（%3）</source>
        <translation>%1 · file %2 (%3)</translation>
    </message>
    <message>
        <source>未同步</source>
        <translation>not synced</translation>
    </message>
    <message>
        <source>［批准后新增］%1</source>
        <translation>[added after the approval] %1</translation>
    </message>
    <message>
        <source>未满足：%1。</source>
        <translation>Not met: %1.</translation>
    </message>
</context>
<context>
    <name>sales::ReviewMetricsBar</name>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;（%3）</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>%1 = %2
本期：%3 / %4</source>
        <translation>%1 = %2
This period: %3 / %4</translation>
    </message>
    <message>
        <source>按销售…</source>
        <translation>By rep…</translation>
    </message>
    <message>
        <source>近 30 天指标读取中…</source>
        <translation>Reading the last 30 days&apos; metrics…</translation>
    </message>
    <message>
        <source>无数据</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 · 近 30 天：</source>
        <translation>%1 · last 30 days:</translation>
    </message>
    <message>
        <source>一次通过率</source>
        <translation>First-pass approval</translation>
    </message>
    <message>
        <source>健康 65–78%</source>
        <translation>healthy 65–78%</translation>
    </message>
    <message>
        <source>第一轮审核即通过的事项 ÷ 第一轮已有结论的事项（按结论时间计入本期；超时自动驳回算未通过，升级后由经理通过算通过）</source>
        <translation>items approved in their first round ÷ items whose first round was decided (counted in the period of the decision; an auto-reject counts as not approved, a manager&apos;s approval after an escalation as approved)</translation>
    </message>
    <message>
        <source>按时升级率</source>
        <translation>On-time upgrade</translation>
    </message>
    <message>
        <source>健康 ≥ 85%</source>
        <translation>healthy ≥ 85%</translation>
    </message>
    <message>
        <source>在阶段时限（slaHours）内推进到下一阶段的次数 ÷ 本期推进次数（回流与首次进入不计）</source>
        <translation>moves to the next stage made within the stage&apos;s time limit (slaHours) ÷ moves in the period (backflows and first entries not counted)</translation>
    </message>
    <message>
        <source>预警响应率 &lt;b&gt;—&lt;/b&gt;（健康 ≥ 90%）</source>
        <translation>Alert response &lt;b&gt;—&lt;/b&gt; (healthy ≥ 90%)</translation>
    </message>
    <message>
        <source>预警响应率 = 48 小时内响应的预警 ÷ 本期预警。预警功能尚未上线，暂无数据。</source>
        <translation>Alert response = alerts answered within 48 h ÷ alerts in the period. Alerts are not available yet, so there is no data.</translation>
    </message>
    <message>
        <source>指标无法读取：%1</source>
        <translation>The metrics cannot be read: %1</translation>
    </message>
    <message>
        <source>按销售的审核指标（近 30 天）</source>
        <translation>Review metrics by rep (last 30 days)</translation>
    </message>
    <message>
        <source>销售</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>一次通过率（健康 65–78%）</source>
        <translation>First-pass approval (healthy 65–78%)</translation>
    </message>
    <message>
        <source>按时升级率（健康 ≥ 85%）</source>
        <translation>On-time upgrade (healthy ≥ 85%)</translation>
    </message>
    <message>
        <source>%1（%2/%3）</source>
        <translation>%1 (%2/%3)</translation>
    </message>
</context>
<context>
    <name>sales::ReviewQueueArea</name>
    <message>
        <source>审核队列（%1）</source>
        <translation>Review queue (%1)</translation>
    </message>
    <message>
        <source>审核队列</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>审核(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>审核队列读取失败</source>
        <translation>The review queue could not be read</translation>
    </message>
    <message>
        <source>没有待审核的事项</source>
        <translation>Nothing waiting for review</translation>
    </message>
    <message>
        <source>待审核 %1 项，最近的：%2</source>
        <translation>%1 waiting for review, the nearest: %2</translation>
    </message>
    <message>
        <source>通过(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>驳回(&amp;R)…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>下一项(&amp;J)</source>
        <translation>Next (&amp;J)</translation>
    </message>
    <message>
        <source>上一项(&amp;K)</source>
        <translation>Previous (&amp;K)</translation>
    </message>
    <message>
        <source>没有登录的用户。审核队列按登录用户的团队与区域显示：请先在“同步”菜单登录。</source>
        <translation>Nobody is signed in. The review queue shows what the signed-in user&apos;s team and region wait for: sign in from the Sync menu first.</translation>
    </message>
    <message>
        <source>审核队列供主管和区域经理使用：主管审核本团队的待审核事项，区域经理审核超时升级到本区域的事项。
你提交的审核，进度显示在线索页上。</source>
        <translation>The review queue is for supervisors and regional managers: supervisors review their team&apos;s items, managers the items escalated to their region.
The reviews you submit show their progress on the lead.</translation>
    </message>
    <message>
        <source>没有升级到你的区域、等你决定的事项。
主管在截止前未审核的事项会升级到这里。</source>
        <translation>Nothing escalated to your region is waiting for you.
Items a supervisor does not review by their deadline come here.</translation>
    </message>
    <message>
        <source>没有待审核的事项。
销售推进到需要审核的阶段时，事项会出现在这里。</source>
        <translation>Nothing is waiting for review.
Items appear here when a rep advances a lead into a stage that needs review.</translation>
    </message>
    <message>
        <source>审核队列无法读取：%1</source>
        <translation>The review queue cannot be read: %1</translation>
    </message>
    <message>
        <source>审核队列无法读取，未显示任何事项。</source>
        <translation>The review queue cannot be read; no item is shown.</translation>
    </message>
    <message>
        <source>队列已清空。</source>
        <translation>The queue is clear.</translation>
    </message>
    <message>
        <source>正在读取“%1”的证据…</source>
        <translation>Reading the evidence of “%1”…</translation>
    </message>
    <message>
        <source>无法读取该事项：%1</source>
        <translation>Cannot read this item: %1</translation>
    </message>
    <message>
        <source>通过审核</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>以下清单项尚未勾选：

%1

仍然通过？</source>
        <translation>These checklist items are not ticked:

%1

Approve anyway?</translation>
    </message>
    <message>
        <source>已通过：%1</source>
        <translation>Approved: %1</translation>
    </message>
    <message>
        <source>请写明驳回原因（已按未勾选的清单项预填），再按 Ctrl+Shift+R 驳回。</source>
        <translation>Write the reason (prefilled from the unticked checklist items), then press Ctrl+Shift+R to reject.</translation>
    </message>
    <message>
        <source>已驳回：%1，销售会在线索上看到原因和话术包</source>
        <translation>Rejected: %1. The rep sees the reason and the script pack on the lead</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>sales::ReviewQueueModel</name>
    <message>
        <source>还剩 %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>已超时 %1（待同步确认）</source>
        <translation>%1 overdue (provisional until synced)</translation>
    </message>
    <message>
        <source>已超时 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>证据已变更，待重审</source>
        <translation>evidence changed, review again</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>waiting for review</translation>
    </message>
    <message>
        <source>已升级，待区域经理审核</source>
        <translation>escalated, waiting for the regional manager</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>%1 · 第 %2 轮</source>
        <translation>%1 · round %2</translation>
    </message>
    <message>
        <source>截止 %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>剩余时间</source>
        <translation>Time left</translation>
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
        <source>销售</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>sales::ReviewRepository</name>
    <message>
        <source>找不到这条审核</source>
        <translation>This review cannot be found</translation>
    </message>
</context>
<context>
    <name>sales::ReviewService</name>
    <message>
        <source>无法读取%1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>审核记录</source>
        <translation>the review</translation>
    </message>
    <message>
        <source>无法提交审核：%1</source>
        <translation>Cannot submit for review: %1</translation>
    </message>
    <message>
        <source>审核结论</source>
        <translation>the review decisions</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>the evidence</translation>
    </message>
    <message>
        <source>“%1”需要主管审核：请先提交审核</source>
        <translation>“%1” needs a supervisor&apos;s review: submit it for review first</translation>
    </message>
    <message>
        <source>审核未通过：补充证据后重新提交审核</source>
        <translation>The review was rejected: add evidence and submit it again</translation>
    </message>
    <message>
        <source>待审核（已升级给区域经理）：审核通过后才能推进</source>
        <translation>Waiting for review (escalated to the region&apos;s manager): it can advance once approved</translation>
    </message>
    <message>
        <source>通过审核后证据有变动，审核已失效：待主管重新审核</source>
        <translation>The evidence changed after the approval, so the approval is void: waiting for the supervisor to review it again</translation>
    </message>
    <message>
        <source>待审核：主管审核通过后才能推进</source>
        <translation>Waiting for review: it can advance once the supervisor approves</translation>
    </message>
    <message>
        <source>没有登录的用户：审核队列按用户的团队与区域显示</source>
        <translation>Nobody is signed in: the review queue shows a user&apos;s team and region</translation>
    </message>
    <message>
        <source>审核队列</source>
        <translation>the review queue</translation>
    </message>
    <message>
        <source>请写明驳回的原因（至少 %1 个字），销售据此补充证据</source>
        <translation>Write why you reject it (at least %1 characters): the rep adds evidence from it</translation>
    </message>
    <message>
        <source>找不到这条审核，可能已被撤回</source>
        <translation>This review cannot be found; it may have been withdrawn</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>the review</translation>
    </message>
    <message>
        <source>线索已不在“%1”阶段，这条审核已作废</source>
        <translation>The lead is no longer in “%1”; this review no longer applies</translation>
    </message>
    <message>
        <source>没有登录的用户，不能审核</source>
        <translation>Nobody is signed in, so nothing can be decided</translation>
    </message>
    <message>
        <source>无法保存审核结论：%1</source>
        <translation>Cannot save the decision: %1</translation>
    </message>
    <message>
        <source>线索当前的阶段不需要审核</source>
        <translation>The lead&apos;s current stage needs no review</translation>
    </message>
    <message>
        <source>已审核通过，无需重新提交</source>
        <translation>It is already approved; there is nothing to resubmit</translation>
    </message>
    <message>
        <source>已在等待审核，无需重复提交</source>
        <translation>It is already waiting for review</translation>
    </message>
</context>
<context>
    <name>sales::RowApplier</name>
    <message>
        <source>这条记录已不在你的权限范围内（例如线索已转给别人），你未上传的修改保存在这里</source>
        <translation>This record is no longer within your access (for example, the lead was reassigned); your changes that were not uploaded are kept here</translation>
    </message>
</context>
<context>
    <name>sales::ServiceResult</name>
    <message>
        <source>；</source>
        <comment>list separator</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>请修改以下 %1 处后再保存：%2</source>
        <translation>Please fix the following %1 issue(s) before saving: %2</translation>
    </message>
    <message>
        <source>数据库忙，未能保存：%1</source>
        <translation>The database is busy; could not save: %1</translation>
    </message>
    <message>
        <source>保存失败：%1</source>
        <translation>Save failed: %1</translation>
    </message>
    <message>
        <source>找不到该线索，可能已被删除</source>
        <translation>Lead not found; it may have been deleted</translation>
    </message>
    <message>
        <source>找不到该线索使用的流程模板“%1”</source>
        <translation>Pipeline template “%1” used by this lead was not found</translation>
    </message>
</context>
<context>
    <name>sales::SignInFlow</name>
    <message>
        <source>证书已变化且未被确认，未登录</source>
        <translation>The certificate has changed and was not confirmed; not signed in</translation>
    </message>
    <message>
        <source>没有信任这台服务器的证书，未登录</source>
        <translation>The server’s certificate was not trusted; not signed in</translation>
    </message>
</context>
<context>
    <name>sales::SqlCipher</name>
    <message>
        <source>无法打开加密数据库</source>
        <translation>Cannot open the encrypted database</translation>
    </message>
    <message>
        <source>SQL 语句有误，无法执行</source>
        <translation>The SQL statement is invalid and cannot be run</translation>
    </message>
    <message>
        <source>执行 SQL 语句失败</source>
        <translation>Running the SQL statement failed</translation>
    </message>
    <message>
        <source>读取查询结果失败</source>
        <translation>Reading the query results failed</translation>
    </message>
    <message>
        <source>数据库事务操作失败</source>
        <translation>The database transaction failed</translation>
    </message>
    <message>
        <source>读取数据库结构失败</source>
        <translation>Reading the database schema failed</translation>
    </message>
    <message>
        <source>数据库操作失败</source>
        <translation>The database operation failed</translation>
    </message>
    <message>
        <source>无法打开加密数据库：密钥错误或文件已损坏</source>
        <translation>Cannot open the encrypted database: the key is wrong or the file is damaged</translation>
    </message>
    <message>
        <source>数据库文件已损坏，请从服务器重新同步</source>
        <translation>The database file is damaged; please sync it again from the server</translation>
    </message>
    <message>
        <source>无法打开数据库文件：文件不存在或没有访问权限</source>
        <translation>Cannot open the database file: it does not exist or access is not permitted</translation>
    </message>
    <message>
        <source>没有访问数据库文件的权限</source>
        <translation>No permission to access the database file</translation>
    </message>
    <message>
        <source>数据库正被其他连接占用，请稍后重试</source>
        <translation>The database is in use by another connection; please try again shortly</translation>
    </message>
    <message>
        <source>数据库以只读方式打开，无法写入</source>
        <translation>The database is open read-only and cannot be written</translation>
    </message>
    <message>
        <source>磁盘空间不足，无法写入数据库</source>
        <translation>Not enough disk space to write to the database</translation>
    </message>
    <message>
        <source>读写数据库文件时发生输入输出错误</source>
        <translation>An input/output error occurred while reading or writing the database file</translation>
    </message>
    <message>
        <source>内存不足，数据库操作失败</source>
        <translation>Out of memory; the database operation failed</translation>
    </message>
    <message>
        <source>数据违反约束（唯一、非空或外键），未能保存</source>
        <translation>The data violates a constraint (unique, not null or foreign key) and was not saved</translation>
    </message>
    <message>
        <source>数据库操作已被中止</source>
        <translation>The database operation was aborted</translation>
    </message>
    <message>
        <source>绑定的参数与 SQL 语句不匹配</source>
        <translation>The bound parameters do not match the SQL statement</translation>
    </message>
</context>
<context>
    <name>sales::SqlCipherDriver</name>
    <message>
        <source>数据库连接选项无效：%1</source>
        <translation>Invalid database connection option: %1</translation>
    </message>
    <message>
        <source>未指定本地数据库文件</source>
        <translation>No local database file was given</translation>
    </message>
    <message>
        <source>未提供数据库密钥：本地数据库必须加密，拒绝以未加密方式打开</source>
        <translation>No database key was given: the local database must be encrypted, so it will not be opened unencrypted</translation>
    </message>
    <message>
        <source>数据库库不支持加密（PRAGMA cipher_version 为空），拒绝打开</source>
        <translation>The database library does not support encryption (PRAGMA cipher_version is empty); refusing to open</translation>
    </message>
</context>
<context>
    <name>sales::SqlCipherResult</name>
    <message>
        <source>数据库连接未打开</source>
        <translation>The database connection is not open</translation>
    </message>
    <message>
        <source>一次只能执行一条 SQL 语句：第一条语句之后还有其他语句，请拆开分别执行</source>
        <translation>Only one SQL statement can be run at a time: there is more after the first statement; run them separately</translation>
    </message>
    <message>
        <source>SQL 中没有可执行的语句</source>
        <translation>The SQL contains no statement to run</translation>
    </message>
    <message>
        <source>参数个数不匹配：SQL 语句需要 %1 个参数，实际绑定了 %2 个</source>
        <translation>Parameter count mismatch: the SQL statement needs %1 parameters, but %2 were bound</translation>
    </message>
    <message>
        <source>第 %1 个参数的类型无法写入数据库</source>
        <translation>Parameter %1 has a type that cannot be written to the database</translation>
    </message>
    <message>
        <source>没有可执行的 SQL 语句</source>
        <translation>There is no SQL statement to run</translation>
    </message>
</context>
<context>
    <name>sales::SqlStatement</name>
    <message>
        <source>不是已打开的 QSQLCIPHER 连接</source>
        <translation>Not an open QSQLCIPHER connection</translation>
    </message>
    <message>
        <source>没有可执行的 SQL 语句</source>
        <translation>There is no SQL statement to run</translation>
    </message>
    <message>
        <source>语句没有准备好</source>
        <translation>The statement is not prepared</translation>
    </message>
    <message>
        <source>绑定参数失败：%1 (%2)</source>
        <translation>Binding a parameter failed: %1 (%2)</translation>
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
    <name>sales::StageService</name>
    <message>
        <source>流程中没有阶段“%1”</source>
        <translation>The pipeline has no stage “%1”</translation>
    </message>
    <message>
        <source>线索当前的阶段“%1”不在流程模板中，请联系管理员</source>
        <translation>The lead’s current stage “%1” is not in the pipeline template; please contact your administrator</translation>
    </message>
    <message>
        <source>该线索已%1，不能再推进阶段</source>
        <translation>This lead is already closed (%1) and can no longer be advanced</translation>
    </message>
    <message>
        <source>只能推进到后面的阶段；要回到“%1”，请用“退回”并写明原因</source>
        <translation>You can only advance to a later stage; to return to “%1”, use “Move Back” and give a reason</translation>
    </message>
    <message>
        <source>；</source>
        <comment>list separator</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>还不能进入“%1”，缺少：%2</source>
        <translation>Cannot enter “%1” yet; missing: %2</translation>
    </message>
    <message>
        <source>请写明退回的原因（至少 %1 个字）</source>
        <translation>Please give a reason for moving back (at least %1 characters)</translation>
    </message>
    <message>
        <source>该线索已%1，不能再变更阶段</source>
        <translation>This lead is already closed (%1) and its stage can no longer be changed</translation>
    </message>
    <message>
        <source>只能退回到前面的阶段；推进请用“推进”</source>
        <translation>You can only move back to an earlier stage; to move forward, use “Advance”</translation>
    </message>
    <message>
        <source>“%1”需要主管审核，不能跳过：请先推进到“%1”</source>
        <translation>“%1” needs a supervisor&apos;s review and cannot be skipped: advance to “%1” first</translation>
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
    <message>
        <source>无法重建本地数据库索引：%1</source>
        <translation>Could not rebuild the local database indexes: %1</translation>
    </message>
    <message>
        <source>无法切换演示身份：%1</source>
        <translation>Cannot switch the demo&apos;s user: %1</translation>
    </message>
</context>
<context>
    <name>sales::SyncAccount</name>
    <message>
        <source>用户名或密码错误</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>登录失败（%1）：%2</source>
        <translation>Sign-in failed (%1): %2</translation>
    </message>
    <message>
        <source>服务器的登录应答不完整</source>
        <translation>The server&apos;s sign-in answer is incomplete</translation>
    </message>
</context>
<context>
    <name>sales::SyncClient</name>
    <message>
        <source>服务器地址必须以 https:// 开头：%1</source>
        <translation>The server address must start with https://: %1</translation>
    </message>
    <message>
        <source>内部错误：上一个请求尚未完成，未发送新请求</source>
        <translation>Internal error: the previous request has not finished, so the new request was not sent</translation>
    </message>
    <message>
        <source>服务器证书的指纹与已确认的不一致，已拒绝连接（可能有人冒充服务器）</source>
        <translation>The server certificate&apos;s fingerprint differs from the confirmed one, so the connection was refused (someone may be impersonating the server)</translation>
    </message>
    <message>
        <source>连接服务器超时</source>
        <translation>Connecting to the server timed out</translation>
    </message>
    <message>
        <source>无法连接服务器：%1</source>
        <translation>Cannot connect to the server: %1</translation>
    </message>
</context>
<context>
    <name>sales::SyncController</name>
    <message numerus="yes">
        <source>服务器拒绝了 %n 项修改，原因见“同步冲突”</source>
        <translation>
            <numerusform>The server rejected %n change; see “Sync Conflicts” for the reason</numerusform>
            <numerusform>The server rejected %n changes; see “Sync Conflicts” for the reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个字段与别人的修改冲突，已保留服务器的值，你的值见“同步冲突”</source>
        <translation>
            <numerusform>%n field conflicted with someone else’s change; the server’s value was kept, and yours is in “Sync Conflicts”</numerusform>
            <numerusform>%n fields conflicted with other people’s changes; the server’s values were kept, and yours are in “Sync Conflicts”</numerusform>
        </translation>
    </message>
    <message>
        <source>登录已失效或这台设备已被管理员停用，请重新登录</source>
        <translation>Your sign-in has expired or an administrator has disabled this device; please sign in again</translation>
    </message>
    <message numerus="yes">
        <source>已按服务器的数据重新完整同步，未上传的修改已保留；本机多出的 %n 条记录已删除</source>
        <translation>
            <numerusform>Synced everything again from the server; edits not yet uploaded were kept; %n record the server no longer has was removed</numerusform>
            <numerusform>Synced everything again from the server; edits not yet uploaded were kept; %n records the server no longer has were removed</numerusform>
        </translation>
    </message>
    <message>
        <source>服务器证书已变化且未被确认，同步已暂停</source>
        <translation>The server’s certificate has changed and was not confirmed; syncing is paused</translation>
    </message>
    <message>
        <source>无法核对服务器的新证书：%1</source>
        <translation>Cannot check the server’s new certificate: %1</translation>
    </message>
    <message>
        <source>本地数据库文件已损坏，同步已停止</source>
        <translation>The local database file is damaged; syncing has stopped</translation>
    </message>
</context>
<context>
    <name>sales::SyncEngine</name>
    <message>
        <source>服务器拒绝了请求（%1 %2）</source>
        <translation>The server refused the request (%1 %2)</translation>
    </message>
    <message>
        <source>服务器拒绝了请求（%1 %2）：%3</source>
        <translation>The server refused the request (%1 %2): %3</translation>
    </message>
    <message>
        <source>无法开始完整同步：%1</source>
        <translation>Could not start a full sync: %1</translation>
    </message>
    <message>
        <source>无法写入本地数据：%1</source>
        <translation>Could not write the local data: %1</translation>
    </message>
    <message>
        <source>无法整理待上传的修改：%1</source>
        <translation>Could not prepare the changes to upload: %1</translation>
    </message>
    <message>
        <source>服务器暂时无法保存修改：%1</source>
        <translation>The server cannot save the changes right now: %1</translation>
    </message>
    <message>
        <source>无法读取同步进度</source>
        <translation>Cannot read how far syncing got</translation>
    </message>
    <message>
        <source>无法读取待上传的修改：%1</source>
        <translation>Cannot read the changes waiting to be uploaded: %1</translation>
    </message>
    <message>
        <source>无法读取本地修改：%1</source>
        <translation>Cannot read the local changes: %1</translation>
    </message>
</context>
<context>
    <name>sales::SyncStatusWidget</name>
    <message>
        <source>本机已保存、还没有被服务器接收的修改</source>
        <translation>Changes saved on this computer but not yet received by the server</translation>
    </message>
    <message>
        <source>有修改没能按你输入的样子保存到服务器，点击查看并处理</source>
        <translation>Some changes were not saved to the server as you entered them. Click to review and resolve them.</translation>
    </message>
    <message>
        <source>未登录服务器</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>同步中…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>尚未同步</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>已同步 %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>离线，正在重试…</source>
        <translation>Offline, retrying…</translation>
    </message>
    <message>
        <source>离线，%1 秒后重试</source>
        <translation>Offline, retrying in %1 s</translation>
    </message>
    <message>
        <source>离线，%1 分钟后重试</source>
        <translation>Offline, retrying in %1 min</translation>
    </message>
    <message>
        <source>同步出错</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>已登录 %1（%2）</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>本机数据单独使用，不与服务器同步</source>
        <translation>Local data only; not synced with a server</translation>
    </message>
    <message>
        <source>待上传 %1</source>
        <translation>To upload: %1</translation>
    </message>
    <message>
        <source>冲突 %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <source>同步中… 已接收 %L1 行</source>
        <translation>Syncing… %L1 rows received</translation>
    </message>
    <message>
        <source>同步中… 已接收 %L1 行（%2%）</source>
        <translation>Syncing… %L1 rows received (%2%)</translation>
    </message>
    <message>
        <source>服务器的数据比本机旧（可能从备份恢复），正在重新完整同步；未上传的修改会保留</source>
        <translation>The server&apos;s data is older than this computer&apos;s (restored from a backup?): syncing everything again; edits not yet uploaded are kept</translation>
    </message>
    <message>
        <source>（已接收 %L1 行）</source>
        <translation> (%L1 rows received)</translation>
    </message>
    <message>
        <source>（已接收 %L1 行，%2%）</source>
        <translation> (%L1 rows received, %2%)</translation>
    </message>
    <message numerus="yes">
        <source>（另有 %n 个文件）</source>
        <translation>
            <numerusform> (and %n more file)</numerusform>
            <numerusform> (and %n more files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sales::TokenCustody</name>
    <message>
        <source>钥匙串中没有这台设备的登录凭据，请重新登录</source>
        <translation>No sign-in credentials for this device were found in the keychain; please sign in again</translation>
    </message>
</context>
<context>
    <name>sales::TrackedWriter</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>无效的表名或标识</source>
        <translation>Invalid table name or ID</translation>
    </message>
    <message>
        <source>无效的字段 %1</source>
        <translation>Invalid field %1</translation>
    </message>
    <message>
        <source>新增 %1 失败</source>
        <translation>Adding %1 failed</translation>
    </message>
    <message>
        <source>%1 没有字段 %2</source>
        <translation>%1 has no field %2</translation>
    </message>
    <message>
        <source>更新 %1 失败</source>
        <translation>Updating %1 failed</translation>
    </message>
    <message>
        <source>删除失败</source>
        <translation>Delete failed</translation>
    </message>
    <message>
        <source>记录不存在</source>
        <translation>The record does not exist</translation>
    </message>
    <message>
        <source>记录变更失败</source>
        <translation>Recording the change failed</translation>
    </message>
</context>
<context>
    <name>sales::WorkAreaRegistry</name>
    <message>
        <source>工作区导航</source>
        <translation>Workspace navigation</translation>
    </message>
    <message>
        <source>%1（即将推出）</source>
        <translation>%1 (coming soon)</translation>
    </message>
</context>
<context>
    <name>sales::WorkspaceDir</name>
    <message>
        <source>工作区描述文件无效：%1</source>
        <translation>The workspace description file is invalid: %1</translation>
    </message>
    <message>
        <source>未知的格式版本</source>
        <translation>unknown format version</translation>
    </message>
    <message>
        <source>缺少标识或密钥校验值</source>
        <translation>the ID or the key check value is missing</translation>
    </message>
    <message>
        <source>口令派生参数无效</source>
        <translation>the passphrase derivation parameters are invalid</translation>
    </message>
    <message>
        <source>未知的密钥保管方式</source>
        <translation>unknown key custody</translation>
    </message>
    <message>
        <source>无法读取工作区描述文件 %1：%2</source>
        <translation>Cannot read the workspace description file %1: %2</translation>
    </message>
    <message>
        <source>工作区描述文件已损坏：%1</source>
        <translation>The workspace description file is damaged: %1</translation>
    </message>
    <message>
        <source>无法创建工作区目录 %1</source>
        <translation>Cannot create the workspace folder %1</translation>
    </message>
    <message>
        <source>无法写入工作区描述文件：%1</source>
        <translation>Cannot write the workspace description file: %1</translation>
    </message>
</context>
<context>
    <name>sales::WorkspaceLock</name>
    <message>
        <source>无法创建工作区目录 %1。</source>
        <translation>Could not create the workspace folder %1.</translation>
    </message>
    <message>
        <source>该工作区已被另一个销售罗盘打开（进程 %1，计算机 %2）。请切换到那个窗口，或先将其关闭。</source>
        <translation>This workspace is already open in another Sales Compass (process %1 on computer %2). Switch to that window, or close it first.</translation>
    </message>
    <message>
        <source>该工作区已被另一个销售罗盘打开。请切换到那个窗口，或先将其关闭。</source>
        <translation>This workspace is already open in another Sales Compass. Switch to that window, or close it first.</translation>
    </message>
    <message>
        <source>没有权限在 %1 创建锁文件。</source>
        <translation>No permission to create the lock file %1.</translation>
    </message>
    <message>
        <source>无法锁定工作区（%1）。</source>
        <translation>Could not lock the workspace (%1).</translation>
    </message>
</context>
<context>
    <name>sales::WorkspaceOpener</name>
    <message>
        <source>工作区描述文件 workspace.json 缺失，无法确定密钥。数据库文件保持原样，未做任何改动。</source>
        <translation>The workspace description file workspace.json is missing, so the key cannot be determined. The database file was left as it is, unchanged.</translation>
    </message>
    <message>
        <source>找不到本地数据库文件：%1</source>
        <translation>Local database file not found: %1</translation>
    </message>
    <message>
        <source>此工作区的数据由口令保护，请输入口令解锁。</source>
        <translation>This workspace&apos;s data is protected by a passphrase. Enter the passphrase to unlock it.</translation>
    </message>
    <message>
        <source>演示工作区</source>
        <translation>Demo workspace</translation>
    </message>
    <message>
        <source>本地工作区</source>
        <translation>Local workspace</translation>
    </message>
    <message>
        <source>无法把密钥存入系统钥匙串（%1），将改用口令保护本地数据。</source>
        <translation>Could not store the key in the system keychain (%1); the local data will be protected with a passphrase instead.</translation>
    </message>
    <message>
        <source>系统钥匙串当前不可用，无法取得本地数据库密钥：%1</source>
        <translation>The system keychain is unavailable right now, so the local database key cannot be obtained: %1</translation>
    </message>
    <message>
        <source>读取系统钥匙串失败：%1</source>
        <translation>Reading the system keychain failed: %1</translation>
    </message>
    <message>
        <source>无法由口令生成密钥（可能内存不足）。</source>
        <translation>Could not derive a key from the passphrase (possibly out of memory).</translation>
    </message>
    <message>
        <source>口令不正确，请重新输入。</source>
        <translation>The passphrase is incorrect. Please enter it again.</translation>
    </message>
    <message>
        <source>取得的密钥与此工作区不匹配，无法解密本地数据。文件保持原样，未做任何改动。</source>
        <translation>The key obtained does not match this workspace, so the local data cannot be decrypted. The file was left as it is, unchanged.</translation>
    </message>
    <message>
        <source>系统钥匙串中找不到此工作区的密钥（钥匙串可能已被重置或仍处于锁定状态）。本地数据保持原样；请解锁钥匙串后重试。</source>
        <translation>The system keychain has no key for this workspace (the keychain may have been reset or may still be locked). The local data was left as it is; unlock the keychain and try again.</translation>
    </message>
    <message>
        <source>本地数据库文件已损坏，无法读取。文件保持原样，未做任何改动。</source>
        <translation>The local database file is damaged and cannot be read. The file was left as it is, unchanged.</translation>
    </message>
    <message>
        <source>可从服务器 %1 重新同步此工作区。</source>
        <translation> You can sync this workspace again from the server %1.</translation>
    </message>
</context>
</TS>
