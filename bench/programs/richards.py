# An object-oriented task scheduler in the style of the Richards benchmark:
# prioritised tasks (idle, worker, two handlers, two devices) exchange packets
# through a scheduler that holds, releases and wakes them.
from _bench import main

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.link = None

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def step(self):
        packet = None
        if self.waiting and self.queue is not None:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
        return self.run(packet)


class IdleTask(Task):
    def __init__(self, scheduler, count):
        Task.__init__(self, scheduler, IDLE, 0, None)
        self.waiting = False
        self.count = count
        self.seed = 1

    def run(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return s.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        Task.__init__(self, scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.counter = 0

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            packet.data[i] = self.counter
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, device, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.device = device
        self.work = None
        self.devices = None

    def run(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            if work.datum >= 4:
                self.work = work.link
                return s.queue_packet(work)
            if self.devices is not None:
                dev = self.devices
                self.devices = dev.link
                dev.ident = self.device
                dev.datum = work.data[work.datum]
                work.datum += 1
                return s.queue_packet(dev)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None)
        self.pending = None

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            if self.pending is None:
                return s.wait()
            p = self.pending
            self.pending = None
            return s.queue_packet(p)
        self.pending = packet
        s.output += packet.datum
        return s.hold()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.output = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # Keep the list ordered by decreasing priority.
        if self.head is None or task.priority > self.head.priority:
            task.link = self.head
            self.head = task
            return
        t = self.head
        while t.link is not None and t.link.priority >= task.priority:
            t = t.link
        task.link = t.link
        t.link = task

    def schedule(self):
        t = self.head
        while t is not None:
            if t.runnable():
                self.current = t
                t = t.step()
            else:
                t = t.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def queue_packet(self, packet):
        t = self.tasks[packet.ident]
        self.queue_count += 1
        packet.ident = self.current.ident
        t.queue = packet.append_to(t.queue)
        if t.priority > self.current.priority and t.waiting:
            return t
        return self.current


def kernel(count):
    s = Scheduler()
    s.add(IdleTask(s, count))
    work = Packet(Packet(None, WORKER, KIND_WORK), WORKER, KIND_WORK)
    s.add(WorkerTask(s, work))
    for ident, priority, device in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        q = None
        for _ in range(3):
            q = Packet(q, device, KIND_DEVICE)
        s.add(HandlerTask(s, ident, priority, device, q))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    s.schedule()
    return s.queue_count, s.hold_count, s.output


main(kernel, 100000, 500, iterations=5)
